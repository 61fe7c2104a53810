import { demoCharset } from './charset'

// Used by scripts/subset-demo-font.sh: prints the demo's character set on stdout.
process.stdout.write(demoCharset([2023, 1, 2, 3]))
