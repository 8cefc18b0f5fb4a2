"""Coach: a desktop coach that keeps desk workers' lower backs moving."""

__version__ = "0.1.0"
