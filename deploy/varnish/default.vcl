# Varnish in front of the trust's site (Varnish 7; docs/DEPLOYING.md, "Varnish").
#
# - Caches only what the site says a shared cache may keep (Cache-Control: s-maxage,
#   sent for anonymous pages by core.page_cache), for as long as it says.
# - Passes the admin, previews, every POST and anyone with a session cookie.
# - Keys a page by its path (language prefix included) and only the query parameters
#   pages read; tracking and unknown parameters are dropped, as the page cache does.
# - Takes PURGE (one URL; Wagtail's front-end cache sends one per URL and language)
#   only from the application's hosts.
# - Serves a page it holds while the application is down (grace).
#
# The backend below is the application's address: `tests/deploy/test_varnish.py`
# rewrites the port for its own gunicorn.

vcl 4.1;

import std;

probe healthz {
    .url = "/healthz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = healthz;
    .first_byte_timeout = 30s;
}

# Who may purge: the application's hosts.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Varnish's own view of the application, for the load balancer or the monitor.
    if (req.url == "/varnish-health") {
        if (std.healthy(req.backend_hint)) {
            return (synth(200, "Backend healthy"));
        }
        return (synth(503, "Backend down"));
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.url ~ "^/(healthz|readyz)$") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }

    # The cache key: the path, and only the parameters pages read (the updates' and
    # news' page number, the schools' phase, the enquiry form's school, a search's
    # words), in a fixed order.
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "([?&])(?!(?:page|phase|school|q)=)[^&#]*", "\1");
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }

    # Cookies do not change an anonymous page: they are kept for the application (the
    # enquiry form's CSRF cookie) but left out of the key.
    if (req.http.Cookie) {
        set req.http.X-Saved-Cookie = req.http.Cookie;
        unset req.http.Cookie;
    }

    # While the application answers, a page past its time is fetched again at once;
    # while it is down, the one held is served for as long as grace allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

# One site per Varnish: pages are keyed by their path and query alone, so a purge names
# the same object whatever host name it was sent with (the Wagtail Site's, the reader's
# www. or not). Add `hash_data(req.http.host);` to serve several sites.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    if (bereq.http.X-Saved-Cookie) {
        set bereq.http.Cookie = bereq.http.X-Saved-Cookie;
        unset bereq.http.X-Saved-Cookie;
    }
}

sub vcl_backend_response {
    # Only what the site says a shared cache may keep.
    if (beresp.http.Cache-Control !~ "s-maxage=[1-9]" || beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    # Browsers revalidate; only shared caches keep the page.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0";
    }
}
