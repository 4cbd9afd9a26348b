package fr.openip.myopenip.catalogue.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.catalogue.TelephonyUse;
import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.Product;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * The operator's staff add a product to an offer, change its prices, retire it and put it
 * back (URL rules: {@link CatalogueUrls}).
 */
@Controller
@RequestMapping("/catalogue/offers/{id}/products")
class ProductController {

	private final CatalogueManagement management;

	ProductController(CatalogueManagement management) {
		this.management = management;
	}

	/** The forms a product may need per unit. */
	@ModelAttribute("formsPerUnit")
	List<FormType> formsPerUnit() {
		return java.util.Arrays.stream(FormType.values()).filter(FormType::perUnit).toList();
	}

	@ModelAttribute("telephonyUses")
	List<TelephonyUse> telephonyUses() {
		return List.of(TelephonyUse.values());
	}

	@GetMapping("/new")
	String newProduct(@PathVariable long id, Model model) {
		model.addAttribute("offer", this.management.offer(id));
		model.addAttribute("form", new ProductForm());
		return "catalogue/product-form";
	}

	@PostMapping
	String addProduct(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("offer", this.management.offer(id));
		Optional<Product> product = Refusals.obtain(result, () -> this.management.addProduct(id, form.toTerms()));
		if (product.isEmpty()) {
			return "catalogue/product-form";
		}
		redirect.addFlashAttribute("successKey", "catalogue.product.created");
		redirect.addFlashAttribute("successArgument", product.get().getName());
		return "redirect:/catalogue/offers/" + id;
	}

	@GetMapping("/{productId}/edit")
	String editProduct(@PathVariable long id, @PathVariable long productId, Model model) {
		Product product = this.management.product(id, productId);
		model.addAttribute("offer", product.getOffer());
		model.addAttribute("product", product);
		model.addAttribute("form", ProductForm.of(product));
		return "catalogue/product-form";
	}

	@PostMapping("/{productId}")
	String updateProduct(@PathVariable long id, @PathVariable long productId,
			@Valid @ModelAttribute("form") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Product product = this.management.product(id, productId);
		model.addAttribute("offer", product.getOffer());
		model.addAttribute("product", product);
		if (!Refusals.attempt(result,
				() -> this.management.updateProduct(id, productId, form.getVersion(), form.toTerms()))) {
			return "catalogue/product-form";
		}
		redirect.addFlashAttribute("successKey", "catalogue.product.updated");
		redirect.addFlashAttribute("successArgument", form.getName());
		return "redirect:/catalogue/offers/" + id;
	}

	@PostMapping("/{productId}/retire")
	String retireProduct(@PathVariable long id, @PathVariable long productId, RedirectAttributes redirect) {
		this.management.retireProduct(id, productId);
		redirect.addFlashAttribute("successKey", "catalogue.product.retired");
		redirect.addFlashAttribute("successArgument", this.management.product(id, productId).getName());
		return "redirect:/catalogue/offers/" + id;
	}

	@PostMapping("/{productId}/reinstate")
	String reinstateProduct(@PathVariable long id, @PathVariable long productId, RedirectAttributes redirect) {
		this.management.reinstateProduct(id, productId);
		redirect.addFlashAttribute("successKey", "catalogue.product.reinstated");
		redirect.addFlashAttribute("successArgument", this.management.product(id, productId).getName());
		return "redirect:/catalogue/offers/" + id;
	}

}
