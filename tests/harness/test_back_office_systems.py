"""Which one-stop system's page objects a run uses: the environment file's `[motcua] system`, and the one
sentence a user gets for a name the harness does not know."""

import inspect
from pathlib import Path

import pytest

from harness.config import DEADLINES, load_environment
from harness.errors import HarnessError
from pages.motcua import system
from pages.motcua.sandbox.dossier_page import OfficerDossierPage
from pages.motcua.sandbox.home_page import BackOfficeHome
from pages.motcua.sandbox.queue_page import QueuePage
from pages.motcua.sandbox.report_page import IndicatorPage, ProgressReportPage
from pages.motcua.sandbox.result_document_page import ResultDocumentPage
from pages.motcua.sandbox.slip_page import SlipPage
from pages.motcua.sandbox.system import SandboxBackOffice
from pages.motcua.systems import SYSTEMS, system_for


def environment_with(tmp_path: Path, motcua: str) -> Path:
    """A province's environment file with its `[motcua]` table."""
    deadlines = "\n".join(f"{key} = 1000" for key in DEADLINES)
    path = tmp_path / "tinh.toml"
    path.write_text(f'read_only = false\n[urls]\nmotcua = "https://motcua.tinh.gov.vn"\n[deadlines]\n{deadlines}\n'
                    f"[motcua]\n{motcua}\n", encoding="utf-8")
    return path


def test_the_sandbox_system_is_the_default() -> None:
    env = load_environment("sandbox", environ={})
    assert env.motcua_system == "sandbox"
    assert system_for(env) is SandboxBackOffice


def test_the_environment_file_names_the_system(tmp_path: Path) -> None:
    env = load_environment(str(environment_with(tmp_path, 'system = "sandbox"')), environ={})
    assert system_for(env) is SYSTEMS["sandbox"]


def test_an_unknown_system_is_one_sentence_naming_the_known_ones_and_what_to_add(tmp_path: Path) -> None:
    env = load_environment(str(environment_with(tmp_path, 'system = "vnpt_igate"')), environ={})
    with pytest.raises(HarnessError) as error:
        system_for(env)
    message = str(error.value)
    assert "\n" not in message
    assert "'vnpt_igate'" in message and "tinh.toml" in message
    assert "chỉ có: sandbox" in message
    assert "pages/motcua/vnpt_igate/" in message and "pages/motcua/systems.py" in message


@pytest.mark.parametrize(("protocol", "implementation"), [
    (system.BackOfficeSystem, SandboxBackOffice),
    (system.BackOfficeMenu, BackOfficeHome),
    (system.DossierQueue, QueuePage),
    (system.OfficerDossier, OfficerDossierPage),
    (system.IssuedSlip, SlipPage),
    (system.ResultDocument, ResultDocumentPage),
    (system.ProgressReport, ProgressReportPage),
    (system.StatisticsReport, IndicatorPage),
])
def test_the_sandbox_pages_offer_every_method_the_flows_ask_for(protocol: type, implementation: type) -> None:
    for name, member in inspect.getmembers(protocol, inspect.isfunction):
        if name.startswith("_"):
            continue
        offered = getattr(implementation, name, None)
        assert offered is not None, f"{implementation.__name__} has no {name}"
        assert list(inspect.signature(offered).parameters) == list(inspect.signature(member).parameters), name
