"""`python -m clairbot` runs the command line."""

from clairbot.cli import main

main()
