"""The game's screens: loading, home, question, results, high scores and the small dialogs."""
