"""Qt views and the driver that wakes the core at its deadlines."""
