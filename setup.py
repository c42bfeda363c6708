"""The one packaging setting pyproject.toml cannot hold; everything else is there.

The seed texts live in the top-level ``seeds/`` folder, the one copy that the tests, the
benchmarks and the README point to. Here that folder becomes the package ``analysis._seeds``
in a wheel, so an installed ``credibility`` carries them (``analysis/intake/seeds.py`` reads
them through ``importlib.resources``). pyproject.toml's ``packages.find`` only finds packages
under their own folder name, so it cannot add one that lives elsewhere.
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["analysis*"]), "analysis._seeds"],
      package_dir={"analysis._seeds": "seeds"})
