"""Small controllers that the composition root (``coach.app``) builds and connects, one job each."""
