package fr.openip.myopenip.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the whole portal and a real PostgreSQL, with the demo data.
 * Every test with this annotation (and no other configuration) shares one Spring context
 * and one database, browser tests included, since the server listens on a random port.
 * Test helpers annotated {@code @Component} under the portal's packages ({@code Logins},
 * {@code TestAccounts}) are found by the usual scan.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
public @interface PortalIntegrationTest {

}
