package fr.openip.myopenip.company.web;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientEditing;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.CompanyDocuments;
import fr.openip.myopenip.company.domain.StoredFile;
import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Refusals;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client page ("Consulter", Univers client) or the prospect page ("Détails d'un
 * prospect"): its identity and what hangs from it, the edit of its identity, its état,
 * and "Transformer en client".
 */
@Controller
class ClientController {

	private final ClientDirectory directory;

	private final ClientEditing editing;

	private final CompanyDocuments documents;

	ClientController(ClientDirectory directory, ClientEditing editing, CompanyDocuments documents) {
		this.directory = directory;
		this.editing = editing;
		this.documents = documents;
	}

	@GetMapping("/companies/{id}")
	String show(@PathVariable long id, Model model) {
		var file = this.directory.file(id);
		model.addAttribute("file", file);
		model.addAttribute("company", file.company());
		return file.company().isProspect() ? "company/prospect" : "company/client";
	}

	@GetMapping("/companies/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Company company = this.directory.client(id);
		model.addAttribute("form", GeneralInformationForm.of(company));
		model.addAttribute("company", company);
		return "company/edit-general";
	}

	@PostMapping("/companies/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") GeneralInformationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Company company = this.directory.client(id);
		model.addAttribute("company", company);
		form.validate(result, !company.isDraft());
		if (!Refusals.attempt(result,
				() -> this.editing.updateGeneralInformation(id, form.getVersion(), form.toInformation()))) {
			return "company/edit-general";
		}
		redirect.addFlashAttribute("successKey", "company.saved");
		return "redirect:/companies/" + id;
	}

	@PostMapping("/companies/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		this.editing.disable(id);
		redirect.addFlashAttribute("successKey", "company.disabled");
		return "redirect:/companies/" + id;
	}

	@PostMapping("/companies/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.editing.enable(id);
		redirect.addFlashAttribute("successKey", "company.enabled");
		return "redirect:/companies/" + id;
	}

	/**
	 * "Transformer en client", refused with its reason until a billing point and an
	 * administrator exist.
	 */
	@PostMapping("/companies/{id}/transform")
	String transform(@PathVariable long id, @ModelAttribute ActionForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (Refusals.attempt(result, () -> this.editing.becomeClient(id))) {
			redirect.addFlashAttribute("successKey", "company.transformed");
		}
		else {
			Refusals.carry(result, redirect);
		}
		return "redirect:/companies/" + id;
	}

	@GetMapping("/companies/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
		StoredFile file = this.documents.read(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFilename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.getContent());
	}

}
