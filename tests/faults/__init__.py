"""Fault tests: crashes, damaged and unwritable files, full disks, broken libraries, races."""
