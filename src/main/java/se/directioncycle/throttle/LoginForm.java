package se.directioncycle.throttle;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The webapps' login form ({@code username=…&password=…}), read once so that its user id is known before the
 * password check; the request passed on replays the same body to Camunda's login resource.
 */
record LoginForm(HttpServletRequest request, Optional<String> username) {

  static final int MAX_BYTES = 16 * 1024;

  /** Null when the body is larger than a login form can be. */
  static LoginForm read(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      return null;
    }
    Charset charset = charset(request.getCharacterEncoding());
    return new LoginForm(new Replayed(request, body), username(new String(body, charset), charset));
  }

  private static Charset charset(String name) {
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  private static Optional<String> username(String form, Charset charset) {
    for (String field : form.split("&")) {
      if (field.startsWith("username=")) {
        try {
          return Optional.of(URLDecoder.decode(field.substring("username=".length()), charset));
        } catch (IllegalArgumentException badEscape) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static final class Replayed extends HttpServletRequestWrapper {

    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
