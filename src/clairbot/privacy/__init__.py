"""Privacy: encryption at rest and the consent ledger."""
