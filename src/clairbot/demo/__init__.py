"""The demo tenant: Verdalis Emballages SAS, a fictional B2B packaging supplier (FR/EN)."""

from pathlib import Path

DEMO_SPEC = Path(__file__).parent / "spec.yaml"
DEMO_KNOWLEDGE = Path(__file__).parent / "knowledge"

__all__ = ["DEMO_KNOWLEDGE", "DEMO_SPEC"]
