package fr.openip.myopenip.shared.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTest {

	private static Pager pager(int current, int total) {
		return Pager.of(current, total, UriComponentsBuilder.fromPath("/admin/accounts").query("name=du&page=3"));
	}

	@Test
	void aSinglePageHasNoLinks() {
		assertThat(pager(0, 1).links()).isEmpty();
	}

	@Test
	void aFewPagesAreAllLinked() {
		assertThat(pager(1, 4).links()).containsExactly(0, 1, 2, 3);
	}

	@Test
	void aLongListShowsABoundedWindowWithFirstAndLastPages() {
		assertThat(pager(499, 4000).links()).containsExactly(0, null, 497, 498, 499, 500, 501, null, 3999);
	}

	@Test
	void theLinkCountStaysBoundedWhateverTheNumberOfPages() {
		for (int total : new int[] { 10, 1000, 1_000_000 }) {
			for (int current : new int[] { 0, total / 2, total - 1 }) {
				assertThat(pager(current, total).links()).hasSizeLessThanOrEqualTo(9);
			}
		}
	}

	@Test
	void linksKeepTheFiltersAndReplaceThePage() {
		assertThat(pager(3, 10).urlFor(4)).isEqualTo("/admin/accounts?name=du&page=4");
	}

	@Test
	void previousAndNextStopAtTheEnds() {
		assertThat(Arrays.asList(pager(0, 3).hasPrevious(), pager(0, 3).hasNext())).containsExactly(false, true);
		assertThat(Arrays.asList(pager(2, 3).hasPrevious(), pager(2, 3).hasNext())).containsExactly(true, false);
	}

}
