"""No request can stall the service: the requests a security review sent to ``make run``, sent
again to the service as ``make run`` serves it (one worker process, and one per CPU), while a
liveness probe polls ``/healthz`` on fresh connections. Each attack is answered or refused
within a second, and ``/healthz`` always answers within 300 ms."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx2
import pytest

from app.codes import MAX_CODES
from app.config import cpu_count
from app.loader.build import BuildResult
from tests.helpers import ATTACKS, Attack, HealthProbe, Served, infobutton_criteria

pytestmark = pytest.mark.slow

ANSWERED_WITHIN = 1.0
HEALTHY_WITHIN = 0.3


@pytest.fixture(scope="module", params=[1, cpu_count()], ids=lambda n: f"{n}-workers")
def served(
    request: pytest.FixtureRequest, built: BuildResult, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    log = tmp_path_factory.mktemp("attacks") / "served.log"
    with Served(built.path, log, workers=request.param, rate_limit_per_minute=0) as server:
        yield server


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda attack: attack.name)
def test_an_attack_is_answered_quickly_and_healthz_never_waits(
    served: Served, attack: Attack
) -> None:
    with HealthProbe(served.url) as probe:
        time.sleep(0.3)
        started = time.perf_counter()
        outcome = attack.send(served.url)
        took = time.perf_counter() - started
        time.sleep(0.3)
    worst = probe.worst(started, started + took)
    print(f"\n{attack.name}: {outcome} in {took:.3f} s; /healthz at worst {worst * 1000:.0f} ms")
    assert outcome in attack.answered
    assert took < ANSWERED_WITHIN * attack.requests
    assert not probe.failures
    assert worst < HEALTHY_WITHIN


def test_the_bound_on_codes_is_the_one_documented(served: Served) -> None:
    within = httpx2.get(f"{served.url}/v1/lookup", params=infobutton_criteria(MAX_CODES))
    assert within.status_code == 200
    beyond = httpx2.get(f"{served.url}/v1/lookup", params=infobutton_criteria(MAX_CODES + 1))
    assert f"At most {MAX_CODES} distinct codes" in beyond.json()["errors"][0]["message"]
