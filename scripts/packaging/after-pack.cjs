// electron-builder's afterPack hook: the packed app must carry the sqlite3 binary of its target.
const { Arch } = require('electron-builder')
const tsx = require('tsx/cjs/api')

const { settleSqliteBinary } = tsx.require('./native-binary.ts', __filename)

exports.default = async function afterPack(context) {
  const found = settleSqliteBinary({
    projectDir: context.packager.projectDir,
    appOutDir: context.appOutDir,
    platform: context.electronPlatformName,
    arch: Arch[context.arch],
    productFilename: context.packager.appInfo.productFilename,
  })
  console.log(`  • sqlite3 binary checked  target=${found.platform}-${found.arch}${found.glibc ? ` glibc=${found.glibc}` : ''}`)
}
