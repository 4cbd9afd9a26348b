package fr.openip.myopenip.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form of the portal refuses text holding a NUL character (which PostgreSQL cannot
 * store): the field gets the message of {@code typeMismatch.java.lang.String} beside it,
 * and nothing is saved.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void refuseNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				if (text != null && text.indexOf('\u0000') >= 0) {
					throw new IllegalArgumentException("NUL character");
				}
				setValue(text);
			}

			@Override
			public String getAsText() {
				Object value = getValue();
				return value == null ? "" : value.toString();
			}
		});
	}

}
