"""Answers the two health paths before host validation and the HTTPS redirect.

A container's own probe asks over plain http for Host 127.0.0.1 (or the pod's address), which is neither in
ALLOWED_HOSTS nor https: under production settings it would get a 400, then a 301 to https, and an orchestrator
would restart a healthy container forever. This middleware sits before SecurityMiddleware and CommonMiddleware and
serves exactly /healthz and /readyz for GET and HEAD, calling the views directly; everything else, including any
other path on any host, goes through the usual checks. Neither view reads the Host header or builds a URL, so
skipping the host check for them cannot poison anything.
"""

from ops.views import healthz, readyz

HEALTH_VIEWS = {"/healthz": healthz, "/readyz": readyz}


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = HEALTH_VIEWS.get(request.path_info)
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)
