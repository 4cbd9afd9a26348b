package fr.openip.myopenip.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links of a list (sort ↕, pages, page sizes) keep its filters as typed (issue 19): a
 * list filtered on a name with an accent and a space, sorted, still shows that name, over
 * real HTTP.
 */
@PortalIntegrationTest
class SortLinksTest {

	private static final Pattern SORT_LINK = Pattern
		.compile("link-body-emphasis[^\"]*\"\\s+href=\"([^\"]*sort=name[^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestClients clients;

	@Test
	void aListFilteredOnAnAccentedNameKeepsItsFilterWhenSorted() throws Exception {
		this.clients.aClientOfAlpha("Cabinet Lefèvre Tri");
		HttpPortal alpha = new HttpPortal(this.port).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
		String filtered = alpha.get("/companies/clients?name=Cabinet+Lef%C3%A8vre+Tri").body();
		assertThat(filtered).contains("Cabinet Lefèvre Tri");
		Matcher link = SORT_LINK.matcher(filtered);
		assertThat(link.find()).isTrue();
		String href = HtmlUtils.htmlUnescape(link.group(1));
		assertThat(href).doesNotContain("%25");
		assertThat(URLDecoder.decode(href, StandardCharsets.UTF_8)).contains("name=Cabinet Lefèvre Tri");
		String sorted = alpha.get(href).body();
		assertThat(sorted).contains("Cabinet Lefèvre Tri").contains("1 résultat(s)");
	}

}
