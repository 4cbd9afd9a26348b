package fr.openip.myopenip.telephony.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.telephony.domain.HuntGroup;
import fr.openip.myopenip.telephony.domain.HuntGroups;
import fr.openip.myopenip.telephony.domain.HuntStrategy;
import fr.openip.myopenip.telephony.domain.Services;

/** "Groupements": a group of a service's users, created, changed or deleted. */
@Controller
@RequestMapping("/services/{id}/groups")
class HuntGroupController {

	private final Services services;

	private final HuntGroups groups;

	HuntGroupController(Services services, HuntGroups groups) {
		this.services = services;
		this.groups = groups;
	}

	/** The form of a group: its name, how it rings, its members. */
	static class GroupForm {

		private String name;

		private HuntStrategy strategy = HuntStrategy.SIMULTANEOUS;

		private List<Long> memberIds = new ArrayList<>();

		private long version;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public HuntStrategy getStrategy() {
			return this.strategy;
		}

		public void setStrategy(HuntStrategy strategy) {
			this.strategy = strategy;
		}

		public List<Long> getMemberIds() {
			return this.memberIds;
		}

		public void setMemberIds(List<Long> memberIds) {
			this.memberIds = memberIds;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	@GetMapping("/new")
	String newGroup(@PathVariable long id, Model model) {
		model.addAttribute("form", new GroupForm());
		return show(model, id, null);
	}

	@GetMapping("/{groupId}")
	String edit(@PathVariable long id, @PathVariable long groupId, Model model) {
		HuntGroup group = this.services.group(id, groupId);
		GroupForm form = new GroupForm();
		form.setName(group.getName());
		form.setStrategy(group.getStrategy());
		form.setMemberIds(new ArrayList<>(group.getMemberIds()));
		form.setVersion(group.getVersion());
		model.addAttribute("form", form);
		return show(model, id, group);
	}

	@PostMapping
	String create(@PathVariable long id, @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(id, null, form, result, model, redirect);
	}

	@PostMapping("/{groupId}")
	String update(@PathVariable long id, @PathVariable long groupId, @ModelAttribute("form") GroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(id, groupId, form, result, model, redirect);
	}

	@PostMapping("/{groupId}/delete")
	String delete(@PathVariable long id, @PathVariable long groupId, @ModelAttribute ActionForm form,
			RedirectAttributes redirect) {
		this.groups.delete(id, groupId, form.versionOrUnknown());
		redirect.addFlashAttribute("successKey", "group.deleted");
		return "redirect:/services/" + id + "/groups";
	}

	private String save(long id, Long groupId, GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<HuntGroup> saved = Refusals.obtain(result, () -> this.groups.save(id, groupId, form.getVersion(),
				form.getName(), form.getStrategy(), form.getMemberIds()));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("successKey", "group.saved");
			redirect.addFlashAttribute("successArgument", saved.get().getName());
			return "redirect:/services/" + id + "/groups";
		}
		return show(model, id, groupId == null ? null : this.services.group(id, groupId));
	}

	private String show(Model model, long id, HuntGroup group) {
		model.addAttribute("service", this.services.get(id));
		model.addAttribute("group", group);
		model.addAttribute("users", ServicePage.names(this.services.users(id)));
		model.addAttribute("strategies", Arrays.asList(HuntStrategy.values()));
		return "telephony/group";
	}

}
