"""Suite-wide rules: no network but loopback, and Hypothesis runs that CI can repeat.

No network: every test runs with ``socket.connect``/``connect_ex`` refused for any address
outside loopback (127.0.0.0/8, ::1) and with name lookups refused for any name but
``localhost``, so a test (or the code under test) that reaches for the internet fails at
once with ``BlockedNetwork`` instead of passing on a developer's machine and hanging in CI.
Unix sockets are untouched. This covers this Python process only; processes that tests
start (Chromium, a ``credibility`` subprocess) are covered by CI running the suite in a
network namespace with only loopback up (``.ci/run``), and the browser tests also record
and abort any request that leaves the page. (Do not add pytest-socket beside this: its
teardown puts the original ``socket.socket.connect`` back after the first test, silently
lifting this block.)

Hypothesis: profile ``ci`` (loaded when ``CI`` is set) is derandomized and keeps no example
database, so a CI run is the same run every time; profile ``dev`` (the default) is random
and keeps Hypothesis's local database (``.hypothesis/``, not committed) so a failure found
on a developer's machine is replayed first next time. ``HYPOTHESIS_PROFILE`` overrides.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", ""})


class BlockedNetwork(OSError):
    """A test tried to reach an address outside this machine's loopback."""


def is_loopback(host: Any) -> bool:
    """Whether ``host`` (a name or an address literal) stays on this machine."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    name = str(host).strip("[]").split("%", 1)[0].lower()
    if name in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _guard_address(sock: socket.socket, address: Any) -> None:
    inet = sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple)
    if inet and not is_loopback(address[0]):
        raise BlockedNetwork(f"network access blocked in tests: {address[0]!r}")


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    """Refuse non-loopback connects and lookups for the whole session."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        _guard_address(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _guard_address(self, address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_loopback(host):
            raise BlockedNetwork(f"name lookup blocked in tests: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    patch = pytest.MonkeyPatch()
    patch.setattr(socket.socket, "connect", connect)
    patch.setattr(socket.socket, "connect_ex", connect_ex)
    patch.setattr(socket, "getaddrinfo", getaddrinfo)
    try:
        yield
    finally:
        patch.undo()


def _register_hypothesis_profiles() -> None:
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:  # pragma: no cover - hypothesis is in the test extra
        return
    quiet = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                              print_blob=True, suppress_health_check=quiet)
    settings.register_profile("dev", deadline=None, print_blob=True,
                              suppress_health_check=quiet)
    default = "ci" if os.environ.get("CI") else "dev"
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", default))


_register_hypothesis_profiles()
