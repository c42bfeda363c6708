from analysis.cli.main import main

raise SystemExit(main())
