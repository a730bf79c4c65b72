"""Accessibility check with axe-core (from npm: `npm ci` at the repo root puts it in
node_modules/): the opened widget, after a question and its answer, has no serious or
critical violation, in French and in English; the agent console is checked the same way.

Skipped with a clear reason when node_modules/axe-core is absent (e.g. no npm on the
machine); CI runs `npm ci` first."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from tests.browser.conftest import console_user, open_login, sign_in

BLOCKING = {"serious", "critical"}
WIDGET = "[data-clairbot-widget]"
# The widget's UI lives in an open shadow root under its host element; axe-core walks
# open shadow trees, so scoping the run to the host covers everything inside it.
RUN_ON_WIDGET = f"""async () => {{
  const host = document.querySelector('{WIDGET}');
  const result = await axe.run(host, {{resultTypes: ['violations']}});
  return {{violations: result.violations, passes: result.passes.length}};
}}"""
REACHED_SHADOW = f"""async () => {{
  const result = await axe.run(document.querySelector('{WIDGET}'));
  return result.passes.some(r => r.nodes.some(n => n.target.some(Array.isArray)));
}}"""
RUN_ON_DOCUMENT = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return {violations: result.violations, passes: result.passes.length};
}"""


def run_axe(page: Any, source: str, script: str) -> list[dict[str, Any]]:
    """All violations axe reports, printed in full; the caller filters by impact."""
    # Evaluated by the browser's debugging protocol, not added as an inline <script>: the
    # pages' Content Security Policy (rightly) refuses inline scripts.
    page.evaluate(source)
    result: dict[str, Any] = page.evaluate(script)
    assert result["passes"] > 0, "axe checked nothing: is the scope right?"
    violations: list[dict[str, Any]] = result["violations"]
    for v in violations:
        print(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"]:
            print(f"    {json.dumps(node['target'])}: {node['failureSummary']}")
    return violations


def blocking(violations: list[dict[str, Any]]) -> list[str]:
    return [f"{v['impact']} {v['id']}: {v['help']} at "
            f"{[n['target'] for n in v['nodes']]}"
            for v in violations if v["impact"] in BLOCKING]


@pytest.mark.parametrize(("lang", "launcher", "label", "question", "my_data"), [
    ("fr", "Assistant IA", "Votre message", "Quels sont vos délais de paiement ?", "Mes données"),
    ("en", "AI assistant", "Your message", "What are your payment terms?", "My data"),
])
def test_when_widget_is_open_with_an_answer_then_axe_finds_no_serious_violation(
        browser: Any, live_server: str, axe_source: str,
        lang: str, launcher: str, label: str, question: str, my_data: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/?lang={lang}")
    page.get_by_role("button", name=launcher).click()
    page.get_by_role("dialog").wait_for()
    page.locator(".msg.bot").first.wait_for()
    page.get_by_label(label).fill(question)
    page.keyboard.press("Enter")
    page.locator(".msg.bot").nth(1).wait_for()
    page.wait_for_timeout(300)  # let any entrance transition settle before colour checks
    violations = run_axe(page, axe_source, RUN_ON_WIDGET)
    reached = page.evaluate(REACHED_SHADOW)
    # The "My data" menu with the erasure confirmation open: checked too.
    page.get_by_role("button", name=my_data, exact=True).click()
    page.locator(".menu .confirm").evaluate("node => { node.hidden = false; }")
    with_menu = run_axe(page, axe_source, RUN_ON_WIDGET)
    context.close()
    assert reached, "axe did not check anything inside the widget's shadow root"
    assert blocking(violations) == []
    assert blocking(with_menu) == []


def test_when_agent_is_signed_in_then_console_is_checked_by_axe(
        browser: Any, live_server: str, axe_source: str, engine: Engine,
        demo_bot: Bot) -> None:
    email = console_user(engine, demo_bot, "Léa Garnier")
    page = browser.new_page()
    open_login(page, live_server)
    login = run_axe(page, axe_source, RUN_ON_DOCUMENT)
    sign_in(page, live_server, email)
    page.wait_for_load_state("networkidle")
    console = run_axe(page, axe_source, RUN_ON_DOCUMENT)
    page.close()
    assert blocking(login) == []
    assert blocking(console) == []
