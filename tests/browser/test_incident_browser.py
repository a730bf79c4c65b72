"""From the widget's "Signaler un problème" to a fix in the console, in a real browser: the
visitor's report opens an incident routed to the answer's owner; a staff member signs in,
finds it on the incidents page and marks it fixed with the knowledge change that fixed it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.incidents.models import Incident
from tests.browser.conftest import AXE, SCREENSHOTS, console_user, open_login, sign_in
from tests.browser.test_accessibility import RUN_ON_DOCUMENT, blocking, run_axe
from tests.browser.test_widget_browser import ask, open_widget


def test_when_visitor_reports_a_problem_then_staff_fix_it_in_the_console(
        browser: Any, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    email = console_user(engine, demo_bot, "Léa Garnier")

    visitor = browser.new_context()
    page = visitor.new_page()
    page.goto(f"{live_server}/")
    open_widget(page)
    answer = ask(page)
    answer.get_by_role("button", name="Signaler un problème").click()
    answer.get_by_label("Décrivez le problème (facultatif)").fill(
        "Mon contrat-cadre prévoit 45 jours")
    answer.get_by_role("button", name="Envoyer le signalement").click()
    answer.get_by_text("Merci, votre signalement a été envoyé.").wait_for()
    answer_id = answer.get_attribute("data-id")
    visitor.close()
    incident: Incident | None = None
    for _ in range(50):  # the report's POST lands asynchronously
        with Session(engine) as session:
            incident = session.scalars(select(Incident).where(
                Incident.message_id == answer_id)).first()
        if incident is not None:
            break
        page.wait_for_timeout(100)
    assert incident is not None and incident.owner_name == "Service Facturation"

    console = browser.new_context(viewport={"width": 1280, "height": 900})
    page = console.new_page()
    open_login(page, live_server)
    sign_in(page, live_server, email)
    page.get_by_role("link", name="Incidents").click()
    page.wait_for_url(f"{live_server}/console/incidents**")
    card = page.locator(f"#incident-{incident.id}")
    assert "Service Facturation" in card.inner_text()
    assert "Mon contrat-cadre prévoit 45 jours" in card.inner_text()
    card.get_by_role("button", name="Accuser réception").click()
    page.get_by_text("Réception accusée.").wait_for()
    card = page.locator(f"#incident-{incident.id}")
    assert card.get_attribute("data-status") == "acknowledged"
    card.get_by_label("Réponse du responsable").fill(
        "Les contrats-cadres ont leurs propres délais : la réponse le dit désormais.")
    card.get_by_label("Modification de la base de connaissances (facultatif)").fill(
        "fr/facturation.md, version du 4 décembre")
    card.get_by_role("button", name="Marquer corrigé").click()
    page.get_by_text("L'incident est marqué corrigé.").wait_for()
    card = page.locator(f"#incident-{incident.id}")
    assert card.get_attribute("data-status") == "fixed"
    assert "fr/facturation.md, version du 4 décembre" in card.inner_text()
    card.locator("summary").click()
    assert "Léa Garnier" in card.locator(".history").inner_text()
    if AXE.exists():  # optional here (see test_accessibility.py): npm ci installs axe-core
        assert blocking(run_axe(page, AXE.read_text(encoding="utf-8"), RUN_ON_DOCUMENT)) == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "console-incidents-fr.png"), full_page=True)
    console.close()

    with Session(engine) as session:
        stored = session.get(Incident, incident.id)
    assert stored is not None and stored.status == "fixed"
    assert stored.knowledge_change == "fr/facturation.md, version du 4 décembre"
