"""Django's CommonMiddleware, except that the API never answers a write with a redirect."""

from django.http import JsonResponse
from django.middleware.common import CommonMiddleware as DjangoCommonMiddleware

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class CommonMiddleware(DjangoCommonMiddleware):
    """A POST, PUT, PATCH or DELETE to an API address without its trailing slash (`/api/v1/figures`) is a 404 that
    gives the address to use. Django redirected it (301), which clients follow as a GET (`curl -L`, requests, httpx:
    the write is lost, a list comes back) or, under DEBUG (run_dev), raised a RuntimeError: a 500 page in HTML.
    A read is still redirected, as for every other page."""

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and request.method not in SAFE_METHODS
            and request.path_info.startswith("/api/")
            and self.should_redirect_with_slash(request)
        ):
            address = request.get_full_path(force_append_slash=True)
            return JsonResponse(
                {"detail": f"No such address: send the {request.method} to {address} (with the trailing slash)."},
                status=404,
            )
        return super().process_response(request, response)
