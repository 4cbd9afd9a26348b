package fr.openip.myopenip.shared;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.session.SessionRepository;

/**
 * Runs the methods marked {@link AsThePortal} as the portal's own work, and the session
 * store too (Spring Session saves a session as the response is sent, the user's
 * authentication still on the thread). The advice wraps the transaction's (it comes
 * first), so that the connection a transaction takes is already the portal's.
 */
@Configuration(proxyBeanMethods = false)
class PortalWorkConfiguration {

	private static final MethodInterceptor AS_THE_PORTAL = (invocation) -> {
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		TenantFilter.asThePortal(() -> {
			try {
				result[0] = invocation.proceed();
			}
			catch (Throwable ex) {
				failure[0] = ex;
			}
			return null;
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		return result[0];
	};

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor asThePortalAdvisor() {
		var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(AsThePortal.class, true))
			.union(new AnnotationMatchingPointcut(null, AsThePortal.class, true));
		var advisor = new DefaultPointcutAdvisor(pointcut, AS_THE_PORTAL);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static BeanPostProcessor sessionStoreAsThePortal() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SessionRepository<?>) {
					var proxy = new ProxyFactory(bean);
					proxy.setProxyTargetClass(true);
					proxy.addAdvice(AS_THE_PORTAL);
					return proxy.getProxy(bean.getClass().getClassLoader());
				}
				return bean;
			}
		};
	}

}
