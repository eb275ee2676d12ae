from office_desk.cli import main

raise SystemExit(main())
