package dev.hotlist.store;

import dev.hotlist.domain.StoreException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team database: {@code postgresql://user[:password]@host[:port]/dbname[?sslmode=...]}. The password comes from
 * the URL, else {@code $PGPASSWORD}, else {@code ~/.pgpass} (libpq's format and wildcards), else none (the server may
 * trust the connection). Query parameters such as {@code sslmode} go to the driver as they are.
 */
public record ServerAddress(String user, Optional<String> password, String host, int port, String database,
                            Map<String, String> parameters) {
    private static final Pattern URL = Pattern.compile(
            "postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[^]]+]|[^:/?]+)(?::(\\d+))?/([^?/]+)(?:\\?(.*))?");
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        parameters = Map.copyOf(parameters);
    }

    /** True when {@code text} is meant as a server address rather than a file path. */
    public static boolean looksLikeUrl(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://"));
    }

    /** Parses an address, filling the password from the environment and {@code ~/.pgpass} as libpq would. */
    public static ServerAddress parse(String url) {
        return parse(url, System.getenv(), Path.of(System.getProperty("user.home"), ".pgpass"));
    }

    static ServerAddress parse(String url, Map<String, String> env, Path pgpass) {
        Matcher m = URL.matcher(url.strip());
        if (!m.matches()) {
            throw new StoreException("db.badUrl", null, redact(url));
        }
        String user = decode(m.group(1));
        if (user.isEmpty()) {
            user = env.getOrDefault("PGUSER", System.getProperty("user.name", ""));
        }
        String host = m.group(3);
        int port = m.group(4) == null ? DEFAULT_PORT : Integer.parseInt(m.group(4));
        String database = decode(m.group(5));
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(6) != null && !m.group(6).isEmpty()) {
            for (String pair : m.group(6).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        Optional<String> password = Optional.ofNullable(m.group(2)).map(ServerAddress::decode);
        if (password.isEmpty()) {
            String fromEnv = env.get("PGPASSWORD");
            password = fromEnv != null ? Optional.of(fromEnv)
                    : fromPgpass(env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : pgpass, host, port,
                            database, user);
        }
        return new ServerAddress(user, password, host, port, database, params);
    }

    /** The JDBC URL, with keep-alive on and batched inserts rewritten into multi-row ones (a batch, one statement). */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(database).append("?ApplicationName=Hotlist&tcpKeepAlive=true&reWriteBatchedInserts=true");
        parameters.forEach((k, v) -> url.append('&').append(k).append('=').append(v));
        return url.toString();
    }

    /** The address as shown to the user: never the password. */
    @Override
    public String toString() {
        String query = parameters.isEmpty() ? "" : "?" + String.join("&",
                parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + query;
    }

    private static String redact(String url) {
        return url.replaceAll("(//[^:@/]*):[^@/]*@", "$1:***@");
    }

    private static String decode(String s) {
        return s == null ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The first matching line of a libpq password file: host:port:database:username:password, {@code *} any. */
    static Optional<String> fromPgpass(Path file, String host, int port, String database, String user) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] want = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = splitPgpass(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                match = fields.get(i).equals("*") || fields.get(i).equals(want[i]);
            }
            if (match) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static List<String> splitPgpass(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
