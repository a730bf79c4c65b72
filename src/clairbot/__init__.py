"""Clairbot: a self-hosted platform for honest B2B customer assistants.

    from clairbot import Bot, Settings, create_app, load_spec

    settings = Settings()                                   # CLAIRBOT_* variables
    bot = Bot.from_spec_file(Path("spec.yaml"), settings)   # refuses a spec lacking safeguards
    app = create_app(settings, [bot])                       # FastAPI application
"""

__version__ = "0.1.0"

from clairbot.config import Settings  # noqa: E402  (after __version__, which submodules read)
from clairbot.conversation.bot import Bot  # noqa: E402
from clairbot.spec import BotSpec, check_spec, load_spec  # noqa: E402
from clairbot.web import create_app  # noqa: E402

__all__ = ["Bot", "BotSpec", "Settings", "__version__", "check_spec", "create_app", "load_spec"]
