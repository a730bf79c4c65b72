"""Staff accounts (agents, reviewers, DPO, auditors, admins), roles and authentication."""
