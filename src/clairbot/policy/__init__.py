"""The privacy notice and the records of processing, generated from the bot spec."""
