// MCP interop (issue 5, point 6): the official TypeScript SDK's Client talks
// to `bodegactl mcp` over stdio, as Claude Desktop, an IDE or any other MCP
// host would. Usage: node interop.mjs /path/to/bodegactl
// Exits non-zero on the first mismatch, naming it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let sdk;
try {
  sdk = {
    ...(await import('@modelcontextprotocol/sdk/client/index.js')),
    ...(await import('@modelcontextprotocol/sdk/client/stdio.js')),
    ...(await import('@modelcontextprotocol/sdk/types.js')),
  };
} catch (error) {
  console.error(
    'FAIL: @modelcontextprotocol/sdk is not installed next to interop.mjs ' +
      `(the mcp_interop_setup test runs npm install from the npm registry): ${error.message}`
  );
  process.exit(1);
}
const { Client, StdioClientTransport, LATEST_PROTOCOL_VERSION, McpError } = sdk;

const ctl = process.argv[2];
if (!ctl) {
  console.error('usage: node interop.mjs /path/to/bodegactl');
  process.exit(2);
}

function check(condition, what, detail) {
  if (!condition)
    throw new Error(`${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
  console.log(`ok - ${what}`);
}

// A temporary store with an admin, a cashier and a few products.
const dir = mkdtempSync(join(tmpdir(), 'bodega-mcp-'));
const db = join(dir, 'store.sqlite');
const baseEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: dir,
  LANG: 'C.UTF-8',
  BODEGA_LOG: join(dir, 'log.jsonl'),
  XDG_DATA_HOME: join(dir, 'data'),
};
function bodegactl(args, env = {}) {
  return execFileSync(ctl, ['--db', db, ...args], {
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

let client;
try {
  bodegactl(['init']);
  bodegactl(['user', 'add', 'ana', '--role', 'admin'], { BODEGA_NEW_SECRET: 'clave-ana-1' });
  bodegactl(['--user', 'ana', 'user', 'add', 'beto', '--role', 'cashier'], {
    BODEGA_PASSWORD: 'clave-ana-1',
    BODEGA_NEW_SECRET: '4321',
  });
  const products = [
    ['Arroz Diana 500 g', 'ARR-500', '2900', '20'],
    ['Arroz Roa 1 kg', 'ARR-1000', '5200', '4'],
    ['Café Sello Rojo 250 g', 'CAF-250', '9800', '12'],
  ];
  for (const [name, sku, price, stock] of products) {
    bodegactl(
      ['--user', 'ana', 'product', 'add', '--name', name, '--sku', sku, '--price', price,
        '--stock', stock, '--no-ai'],
      { BODEGA_PASSWORD: 'clave-ana-1' }
    );
  }

  // The cashier's read-only session.
  const transport = new StdioClientTransport({
    command: ctl,
    args: ['--db', db, '--user', 'beto', 'mcp'],
    env: { ...baseEnv, BODEGA_PASSWORD: '4321' },
    stderr: 'pipe',
  });
  let negotiated;
  const setProtocolVersion = transport.setProtocolVersion?.bind(transport);
  transport.setProtocolVersion = (version) => {
    negotiated = version;
    setProtocolVersion?.(version);
  };
  let stderr = '';
  transport.stderr?.on('data', (chunk) => (stderr += chunk));
  client = new Client({ name: 'bodega-interop', version: '1.0.0' });
  await client.connect(transport);
  console.log(`# SDK asks for ${LATEST_PROTOCOL_VERSION}; negotiated ${negotiated}`);
  check(negotiated === LATEST_PROTOCOL_VERSION, 'the server answers the SDK\'s version', negotiated);
  check(client.getServerVersion()?.name === 'bodega', 'serverInfo names bodega',
    client.getServerVersion());
  check(client.getServerCapabilities()?.tools !== undefined, 'the server announces tools',
    client.getServerCapabilities());

  await client.ping();
  check(true, 'ping answers');

  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name);
  check(names.includes('search_products') && names.includes('get_stock'),
    'tools/list has search_products and get_stock', names);
  check(tools.every((t) => t.inputSchema?.type === 'object'), 'every inputSchema is an object');
  check(!names.includes('adjust_stock') && !names.includes('create_product_draft'),
    'no write tools in a read-only session', names);
  check(tools.every((t) => t.annotations?.readOnlyHint === true), 'every tool is marked read-only');

  // callTool validates structuredContent against the tool's outputSchema.
  const search = await client.callTool({ name: 'search_products', arguments: { query: 'arroz' } });
  check(!search.isError, 'search_products succeeds', search);
  const found = search.structuredContent?.products?.map((p) => p.sku) ?? [];
  check(found.includes('ARR-500') && found.includes('ARR-1000') && !found.includes('CAF-250'),
    'search_products finds the rice and not the coffee', found);
  check(JSON.stringify(JSON.parse(search.content[0].text)) ===
    JSON.stringify(search.structuredContent), 'the text block is the same JSON');

  const stock = await client.callTool({ name: 'get_stock', arguments: { product_id: 'ARR-1000' } });
  check(!stock.isError && stock.structuredContent?.stock === 4 && stock.structuredContent?.low === true,
    'get_stock: 4 of ARR-1000, below its threshold', stock.structuredContent);

  const bad = await client.callTool({ name: 'get_stock', arguments: { product_id: 42 } });
  check(bad.isError === true, 'a bad argument is an error result', bad);
  const error = JSON.parse(bad.content[0].text).error;
  check(error?.code === 'VALIDATION_FAILED' && error?.details?.field === 'product_id',
    'the error names the argument', error);

  const missing = await client.callTool({ name: 'get_stock', arguments: { product_id: 'NOPE-9' } });
  check(missing.isError === true && JSON.parse(missing.content[0].text).error?.code === 'NOT_FOUND',
    'an unknown product is a NOT_FOUND error result', missing);

  const write = await client.callTool({
    name: 'adjust_stock',
    arguments: { product_id: 'ARR-500', delta: -1, reason: 'rotura' },
  });
  check(write.isError === true &&
    JSON.parse(write.content[0].text).error?.details?.reason === 'writes_disabled',
    'a write tool is refused while writes are off', write);

  let unknown;
  try {
    await client.callTool({ name: 'drop_everything', arguments: {} });
  } catch (e) {
    unknown = e;
  }
  check(unknown instanceof McpError && unknown.code === -32602,
    'an unknown tool is a JSON-RPC invalid-params error', unknown?.message);

  await client.close();
  client = undefined;
  check(!stderr.includes('{"jsonrpc"'), 'nothing of the protocol leaked to stderr');

  const after = JSON.parse(bodegactl(['--json', '--user', 'ana', 'product', 'show', 'ARR-500'],
    { BODEGA_PASSWORD: 'clave-ana-1' }).toString());
  check(after.stock === 20, 'the read-only session changed nothing', after.stock);

  // An admin's session with writes on.
  client = new Client({ name: 'bodega-interop', version: '1.0.0' });
  await client.connect(new StdioClientTransport({
    command: ctl,
    args: ['--db', db, '--user', 'ana', 'mcp', '--allow-writes'],
    env: { ...baseEnv, BODEGA_PASSWORD: 'clave-ana-1' },
    stderr: 'pipe',
  }));
  const adjust = (await client.listTools()).tools.find((t) => t.name === 'adjust_stock');
  check(adjust?.annotations?.readOnlyHint === false && adjust?.annotations?.destructiveHint === true,
    'an admin with --allow-writes gets adjust_stock, marked as a write', adjust?.annotations);
  const adjusted = await client.callTool({
    name: 'adjust_stock',
    arguments: { product_id: 'ARR-500', delta: -2, reason: 'rotura en bodega' },
  });
  check(!adjusted.isError, 'adjust_stock succeeds (its result checked against its outputSchema)',
    adjusted);
  await client.close();
  client = undefined;
  const later = JSON.parse(bodegactl(['--json', '--user', 'ana', 'product', 'show', 'ARR-500'],
    { BODEGA_PASSWORD: 'clave-ana-1' }).toString());
  check(later.stock === 18, 'the write reached the store', later.stock);
  console.log('# all checks passed');
} catch (error) {
  console.error(`FAIL: ${error?.message ?? error}`);
  if (error?.stderr)
    console.error(String(error.stderr));
  process.exitCode = 1;
} finally {
  await client?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
