"""Sign-in throttling for web sign-ins. django-axes' backend refuses any authenticate() call without a request;
a call without one (the test client's login(), a script) is no web sign-in and has nothing to throttle, so it
passes on to the next backend instead of failing."""

from axes.backends import AxesStandaloneBackend


class WebSignInThrottle(AxesStandaloneBackend):
    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
