"""Qt-free core of Coach: models, loading, runner, scheduler, log and settings."""
