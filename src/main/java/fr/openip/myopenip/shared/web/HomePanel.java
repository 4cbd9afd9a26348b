package fr.openip.myopenip.shared.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * What a feature shows on the home page for a user, if anything: a title and a few lines,
 * each a message with its arguments and a link. The home page asks every panel.
 */
public interface HomePanel {

	Optional<Panel> panelFor(Authentication user);

	/** A titled block of lines. */
	record Panel(String id, String titleKey, List<Line> lines) {
	}

	/** One line: {@code messageKey} with {@code arguments}, linking to {@code path}. */
	record Line(String messageKey, Object[] arguments, String path) {
	}

}
