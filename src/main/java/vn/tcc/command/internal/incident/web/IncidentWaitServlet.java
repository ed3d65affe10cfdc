package vn.tcc.command.internal.incident.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import vn.tcc.command.internal.incident.application.IncidentDesk;
import vn.tcc.command.internal.incident.application.IncidentSignal;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * The incidents page's push, under the page sign-in: {@code /command/incidents/wait?after=<id>}
 * answers 200 with the newest incident id the caller may see as soon as it is past {@code after}
 * (at once if it already is, else right after the opening commits), or 204 after {@value
 * #WAIT_SECONDS} s without one. The page then asks its table again as its one-second poll does; the
 * poll stays, for a push that is lost (another node opened the incident, the connection dropped).
 * The answer is only an id the caller may see: his jurisdiction is applied on every read.
 */
@WebServlet(urlPatterns = "/command/incidents/wait", asyncSupported = true)
public class IncidentWaitServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int WAIT_SECONDS = 25;
  static final int MAX_WAITING = 2_000;

  @Inject IncidentDesk desk;
  @Inject IncidentSignal signal;
  @Inject CurrentRequest currentRequest;
  @Resource ManagedExecutorService executor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    long after;
    try {
      String text = request.getParameter("after");
      after = text == null || text.length() > 19 ? -1 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      after = -1;
    }
    if (after < 0) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Caller caller = currentRequest.caller();
    long seen = signal.version();
    long latest;
    try {
      latest = desk.latestId(caller);
    } catch (ProblemException refused) {
      response.sendError(refused.status());
      return;
    }
    if (latest > after || signal.waiting() >= MAX_WAITING) {
      answer(response, latest);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(WAIT_SECONDS * 1_000L);
    new Waiter(async, caller, after).await(seen);
  }

  private static void answer(HttpServletResponse response, long latest) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(latest);
  }

  /** One page waiting for an incident its caller may see. */
  private final class Waiter implements AsyncListener {
    private final AsyncContext async;
    private final Caller caller;
    private final long after;
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicReference<Runnable> cancel = new AtomicReference<>(() -> {});

    Waiter(AsyncContext async, Caller caller, long after) {
      this.async = async;
      this.caller = caller;
      this.after = after;
      async.addListener(this);
    }

    void await(long seen) {
      cancel.set(
          signal.await(
              seen,
              () -> {
                try {
                  executor.execute(this::readAgain);
                } catch (RejectedExecutionException busy) {
                  finish(-1);
                }
              }));
      if (done.get()) {
        cancel.get().run();
      }
    }

    private void readAgain() {
      if (done.get()) {
        return;
      }
      try {
        long seen = signal.version();
        long latest = desk.latestId(caller);
        if (latest > after) {
          finish(latest);
        } else {
          await(seen); // opened outside the caller's jurisdiction: wait on
        }
      } catch (RuntimeException failed) {
        finish(-1);
      }
    }

    /** Answers the newest id, or 204 with none; once. */
    private void finish(long latest) {
      if (!done.compareAndSet(false, true)) {
        return;
      }
      cancel.get().run();
      try {
        HttpServletResponse response = (HttpServletResponse) async.getResponse();
        if (latest < 0) {
          response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
          answer(response, latest);
        }
      } catch (IOException | IllegalStateException gone) {
        // the page went away meanwhile
      } finally {
        try {
          async.complete();
        } catch (IllegalStateException completed) {
          // already completed by the container (timeout or error)
        }
      }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      finish(-1);
    }

    @Override
    public void onError(AsyncEvent event) {
      done.set(true);
      cancel.get().run();
    }

    @Override
    public void onComplete(AsyncEvent event) {
      done.set(true);
      cancel.get().run();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }
}
