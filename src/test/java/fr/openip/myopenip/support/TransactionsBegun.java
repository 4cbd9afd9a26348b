package fr.openip.myopenip.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * The transactions a request begins, by name (the method a {@code @Transactional} proxy
 * wraps): how many connections and snapshots a page takes. Only the calling thread's are
 * counted (not a scheduled job's meanwhile), and not Spring Session's own, which it
 * begins unnamed to save the HTTP session, whatever the page.
 */
public final class TransactionsBegun {

	private TransactionsBegun() {
	}

	/** What the current thread begins while {@code work} runs. */
	public static List<String> during(PlatformTransactionManager manager, Work work) throws Exception {
		Thread caller = Thread.currentThread();
		List<String> names = new CopyOnWriteArrayList<>();
		TransactionExecutionListener listener = new TransactionExecutionListener() {
			@Override
			public void beforeBegin(TransactionExecution transaction) {
				if (Thread.currentThread() == caller && StringUtils.hasLength(transaction.getTransactionName())) {
					names.add(transaction.getTransactionName());
				}
			}
		};
		AbstractPlatformTransactionManager transactions = (AbstractPlatformTransactionManager) manager;
		transactions.getTransactionExecutionListeners().add(listener);
		try {
			work.run();
		}
		finally {
			transactions.getTransactionExecutionListeners().remove(listener);
		}
		return List.copyOf(names);
	}

	/** A request performed. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

}
