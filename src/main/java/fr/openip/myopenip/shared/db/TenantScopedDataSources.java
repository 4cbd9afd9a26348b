package fr.openip.myopenip.shared.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every data source of the portal, embedded or external, hands out connections scoped to
 * the current user's tenant ({@link TenantScopedDataSource}).
 */
@Configuration(proxyBeanMethods = false)
class TenantScopedDataSources {

	@Bean
	static BeanPostProcessor tenantScopedDataSourcePostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof TenantScopedDataSource)) {
					return new TenantScopedDataSource(dataSource);
				}
				return bean;
			}
		};
	}

}
