<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bodega::Barcode</name>
    <message>
        <source>Barcode must contain only digits</source>
        <translation>Barcode must contain only digits</translation>
    </message>
    <message>
        <source>Barcode must have 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13) digits, not %1</source>
        <translation>Barcode must have 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13) digits, not %1</translation>
    </message>
    <message>
        <source>Barcode check digit is wrong (expected %1)</source>
        <translation>Barcode check digit is wrong (expected %1)</translation>
    </message>
</context>
<context>
    <name>bodega::BodegaCtl</name>
    <message>
        <source>LOW</source>
        <translation>LOW</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db needs a path</translation>
    </message>
    <message>
        <source>Usage: bodegactl [--db PATH] [--json] COMMAND
  init
  product add --name NAME [--keywords K1,K2] [--stock N] [--price AMOUNT] [--sku SKU]
              [--barcode CODE] [--threshold N] [--category C] [--no-ai]
  product import FILE.csv [--skip-bad-rows] [--ai]
  product list [--search TEXT] [--low] [--limit N]
  product show ID|SKU|BARCODE
  sell ID|SKU|BARCODE [--qty N]
  stock adjust ID|SKU|BARCODE --delta N --reason TEXT
  low-stock
  outbox list
  ai suggest --name NAME [--keywords K1,K2]
  health
  demo --products N
</source>
        <translation>Usage: bodegactl [--db PATH] [--json] COMMAND
  init
  product add --name NAME [--keywords K1,K2] [--stock N] [--price AMOUNT] [--sku SKU]
              [--barcode CODE] [--threshold N] [--category C] [--no-ai]
  product import FILE.csv [--skip-bad-rows] [--ai]
  product list [--search TEXT] [--low] [--limit N]
  product show ID|SKU|BARCODE
  sell ID|SKU|BARCODE [--qty N]
  stock adjust ID|SKU|BARCODE --delta N --reason TEXT
  low-stock
  outbox list
  ai suggest --name NAME [--keywords K1,K2]
  health
  demo --products N
</translation>
    </message>
    <message>
        <source>Unknown subcommand for %1: %2</source>
        <translation>Unknown subcommand for %1: %2</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Store ready at %1 (schema %2)</source>
        <translation>Store ready at %1 (schema %2)</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name is required</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>product import needs a CSV file</source>
        <translation>product import needs a CSV file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows</source>
        <translation>Imported %1 of %2 rows</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000000</source>
        <translation>--limit must be between 1 and 1000000</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 of %2 products</translation>
    </message>
    <message>
        <source>product show needs an id, SKU or barcode</source>
        <translation>product show needs an id, SKU or barcode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source> (AI)</source>
        <translation> (AI)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>sell needs an id, SKU or barcode</source>
        <translation>sell needs an id, SKU or barcode</translation>
    </message>
    <message>
        <source>Sold %1 x %2 for %3 (receipt %4). Stock now %5.</source>
        <translation>Sold %1 x %2 for %3 (receipt %4). Stock now %5.</translation>
    </message>
    <message>
        <source>Warning: stock is negative; count the shelf.</source>
        <translation>Warning: stock is negative; count the shelf.</translation>
    </message>
    <message>
        <source>stock adjust needs an id, SKU or barcode</source>
        <translation>stock adjust needs an id, SKU or barcode</translation>
    </message>
    <message>
        <source>--delta is required</source>
        <translation>--delta is required</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason is required</translation>
    </message>
    <message>
        <source>Stock of %1: %2 -&gt; %3</source>
        <translation>Stock of %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1 products below their threshold</source>
        <translation>%1 products below their threshold</translation>
    </message>
    <message>
        <source>%1 events, %2 waiting to sync</source>
        <translation>%1 events, %2 waiting to sync</translation>
    </message>
    <message>
        <source>Category: %1 (%2 %)
Description: %3</source>
        <translation>Category: %1 (%2 %)
Description: %3</translation>
    </message>
    <message>
        <source>Store: %1
Schema: %2
Products: %3
Events waiting to sync: %4
AI: %5 (%6)</source>
        <translation>Store: %1
Schema: %2
Products: %3
Events waiting to sync: %4
AI: %5 (%6)</translation>
    </message>
    <message>
        <source>--products must be a number</source>
        <translation>--products must be a number</translation>
    </message>
    <message>
        <source>%1 products...</source>
        <translation>%1 products...</translation>
    </message>
    <message>
        <source>Demo store: %1 products, %2 sales</source>
        <translation>Demo store: %1 products, %2 sales</translation>
    </message>
</context>
<context>
    <name>bodega::CatalogService</name>
    <message>
        <source>Initial stock</source>
        <translation>Initial stock</translation>
    </message>
    <message>
        <source>Low stock: %1 (SKU %2) has %3 left, below the threshold of %4</source>
        <translation>Low stock: %1 (SKU %2) has %3 left, below the threshold of %4</translation>
    </message>
    <message>
        <source>No receipt number was issued</source>
        <translation>No receipt number was issued</translation>
    </message>
    <message>
        <source>%1 is not for sale (inactive)</source>
        <translation>%1 is not for sale (inactive)</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason</source>
        <translation>A stock adjustment needs a reason</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters</source>
        <translation>The reason is longer than 500 characters</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: use unit, kg or l</source>
        <translation>Unknown unit &quot;%1&quot;: use unit, kg or l</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>Line 1: the header has no &quot;name&quot; column</source>
        <translation>Line 1: the header has no &quot;name&quot; column</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>SKU %1 appears twice in the file</source>
        <translation>SKU %1 appears twice in the file</translation>
    </message>
    <message>
        <source>Barcode %1 appears twice in the file</source>
        <translation>Barcode %1 appears twice in the file</translation>
    </message>
</context>
<context>
    <name>bodega::CredentialStore</name>
    <message>
        <source>Cannot store the password: %1</source>
        <translation>Cannot store the password: %1</translation>
    </message>
</context>
<context>
    <name>bodega::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed</source>
        <translation>Line %1: a quoted field is never closed</translation>
    </message>
    <message>
        <source>Line %1: a field is larger than 1 MB</source>
        <translation>Line %1: a field is larger than 1 MB</translation>
    </message>
</context>
<context>
    <name>bodega::Database</name>
    <message>
        <source>The store path is not a file: %1</source>
        <translation>The store path is not a file: %1</translation>
    </message>
    <message>
        <source>No store at %1</source>
        <translation>No store at %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the store: %1</source>
        <translation>Cannot create the folder for the store: %1</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>The store cannot be read: %1</translation>
    </message>
    <message>
        <source>The store is read-only: %1</source>
        <translation>The store is read-only: %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1</source>
        <translation>Cannot open the store %1</translation>
    </message>
    <message>
        <source>The store file is damaged: %1</source>
        <translation>The store file is damaged: %1</translation>
    </message>
    <message>
        <source>The store was written by a newer Bodega (schema %1, this version knows %2)</source>
        <translation>The store was written by a newer Bodega (schema %1, this version knows %2)</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Missing migration %1</translation>
    </message>
    <message>
        <source>Injected storage failure</source>
        <translation>Injected storage failure</translation>
    </message>
    <message>
        <source>Another record already has this %1</source>
        <translation>Another record already has this %1</translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation>The store is read-only</translation>
    </message>
    <message>
        <source>The store file is damaged or not a Bodega store</source>
        <translation>The store file is damaged or not a Bodega store</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>Storage error: %1</translation>
    </message>
</context>
<context>
    <name>bodega::DemoStore</name>
    <message>
        <source>The demo store takes 1 to 2,000,000 products</source>
        <translation>The demo store takes 1 to 2,000,000 products</translation>
    </message>
    <message>
        <source>The demo catalog resource is missing</source>
        <translation>The demo catalog resource is missing</translation>
    </message>
    <message>
        <source> (ref. %1)</source>
        <translation> (ref. %1)</translation>
    </message>
    <message>
        <source>Central de abastos</source>
        <translation>Central de abastos</translation>
    </message>
    <message>
        <source>Distribuidora %1</source>
        <translation>Distribuidora %1</translation>
    </message>
</context>
<context>
    <name>bodega::Error</name>
    <message>
        <source>%1 not found: %2</source>
        <translation>%1 not found: %2</translation>
    </message>
</context>
<context>
    <name>bodega::EventSchemas</name>
    <message>
        <source>The event does not match its contract %1</source>
        <translation>The event does not match its contract %1</translation>
    </message>
    <message>
        <source>No contract for event %1</source>
        <translation>No contract for event %1</translation>
    </message>
</context>
<context>
    <name>bodega::GuiMain</name>
    <message>
        <source>Bodega: point of sale and warehouse for your store.</source>
        <translation>Bodega: point of sale and warehouse for your store.</translation>
    </message>
    <message>
        <source>The store file to open (default: %1).</source>
        <translation>The store file to open (default: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Interface language: es or en.</source>
        <translation>Interface language: es or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Do not offer a demo store when the store is empty.</source>
        <translation>Do not offer a demo store when the store is empty.</translation>
    </message>
    <message>
        <source>Bodega</source>
        <translation>Bodega</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use es or en.</source>
        <translation>Unknown language &quot;%1&quot;: use es or en.</translation>
    </message>
    <message>
        <source>Bodega cannot open the store</source>
        <translation>Bodega cannot open the store</translation>
    </message>
    <message>
        <source>The store could not be opened, so Bodega will close.

%1

Error code: %2
Store: %3</source>
        <translation>The store could not be opened, so Bodega will close.

%1

Error code: %2
Store: %3</translation>
    </message>
</context>
<context>
    <name>bodega::LowStockPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>Recent low-stock alerts</source>
        <translation>Recent low-stock alerts</translation>
    </message>
    <message>
        <source>Cannot load the low-stock list: %1</source>
        <translation>Cannot load the low-stock list: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No product is below its threshold.</source>
        <translation>No product is below its threshold.</translation>
    </message>
    <message>
        <source>Products below their low-stock threshold: %1</source>
        <translation>Products below their low-stock threshold: %1</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>No alerts yet.</translation>
    </message>
</context>
<context>
    <name>bodega::MainWindow</name>
    <message>
        <source>Bodega</source>
        <translation>Bodega</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Products</translation>
    </message>
    <message>
        <source>Lo&amp;w stock</source>
        <translation>Lo&amp;w stock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Cannot open the store: %1 (%2)</source>
        <translation>Cannot open the store: %1 (%2)</translation>
    </message>
    <message>
        <source>Demo store ready: %1 products, %2 sales</source>
        <translation>Demo store ready: %1 products, %2 sales</translation>
    </message>
    <message>
        <source>The demo store could not be filled: %1</source>
        <translation>The demo store could not be filled: %1</translation>
    </message>
    <message>
        <source>This store is empty. Fill it with a demo store (%1 products of a Colombian mini-market) to try Bodega?</source>
        <translation>This store is empty. Fill it with a demo store (%1 products of a Colombian mini-market) to try Bodega?</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo store</source>
        <translation>Fill with a &amp;demo store</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <source>Store opened</source>
        <translation>Store opened</translation>
    </message>
    <message>
        <source>Bodega — %1</source>
        <translation>Bodega — %1</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Store: %1 (%2)</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source>To sync: %1</source>
        <translation>To sync: %1</translation>
    </message>
    <message>
        <source>Events waiting in the outbox to be uploaded to the server</source>
        <translation>Events waiting in the outbox to be uploaded to the server</translation>
    </message>
    <message>
        <source>offline engine</source>
        <translation>offline engine</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>AI: %1</translation>
    </message>
    <message>
        <source>AI: %1 (learning the catalog…)</source>
        <translation>AI: %1 (learning the catalog…)</translation>
    </message>
    <message>
        <source>Filling the demo store… you can keep working meanwhile.</source>
        <translation>Filling the demo store… you can keep working meanwhile.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Syncing with the server…</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Quarantined: %1</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Synced: %1</translation>
    </message>
    <message>
        <source>This terminal is not registered with a server: its sales and products stay in this store until it is (bodegactl sync register).</source>
        <translation>This terminal is not registered with a server: its sales and products stay in this store until it is (bodegactl sync register).</translation>
    </message>
    <message>
        <source>Server: %1
Last error: %2</source>
        <translation>Server: %1
Last error: %2</translation>
    </message>
    <message>
        <source>(connecting)</source>
        <translation>(connecting)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Events the server refused, kept apart (see the Sync page)</source>
        <translation>Events the server refused, kept apart (see the Sync page)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
</context>
<context>
    <name>bodega::Money</name>
    <message>
        <source>Unknown currency: %1</source>
        <translation>Unknown currency: %1</translation>
    </message>
</context>
<context>
    <name>bodega::NotificationBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>bodega::OfflineEngine</name>
    <message>
        <source>The product name is empty.</source>
        <translation>The product name is empty.</translation>
    </message>
    <message>
        <source>The product name is longer than %1 characters.</source>
        <translation>The product name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;.</source>
        <translation>Unsupported language &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown unit of sale &quot;%1&quot;.</source>
        <translation>Unknown unit of sale &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The offline AI engine knows no categories.</source>
        <translation>The offline AI engine knows no categories.</translation>
    </message>
</context>
<context>
    <name>bodega::OutboxEventModel</name>
    <message>
        <source>Product saved</source>
        <translation>Product saved</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>Stock adjusted</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Low-stock alert</source>
        <translation>Low-stock alert</translation>
    </message>
    <message>
        <source>Event %1
Type: %2 (version %3)
About: %4</source>
        <translation>Event %1
Type: %2 (version %3)
About: %4</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>bodega::ProductForm</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Arroz Diana 500 g</source>
        <translation>e.g. Arroz Diana 500 g</translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>generated when empty</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8 or UPC-A</source>
        <translation>EAN-13, EAN-8 or UPC-A</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <source>comma-separated, e.g. arroz, grano</source>
        <translation>comma-separated, e.g. arroz, grano</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>tax included, e.g. 4500</source>
        <translation>tax included, e.g. 4500</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>units on hand, e.g. 12</source>
        <translation>units on hand, e.g. 12</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold</source>
        <translation>&amp;Low-stock threshold</translation>
    </message>
    <message>
        <source>default 10</source>
        <translation>default 10</translation>
    </message>
    <message>
        <source>choose, type, or generate with AI</source>
        <translation>choose, type, or generate with AI</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>What a customer should know; or generate with AI</source>
        <translation>What a customer should know; or generate with AI</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Generate with &amp;AI</source>
        <translation>Generate with &amp;AI</translation>
    </message>
    <message>
        <source>Suggest a category and write a description from the name and keywords</source>
        <translation>Suggest a category and write a description from the name and keywords</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>AI-written</source>
        <translation>AI-written</translation>
    </message>
    <message>
        <source>Written by the AI. Edit it to make it yours.</source>
        <translation>Written by the AI. Edit it to make it yours.</translation>
    </message>
    <message>
        <source>Writing with AI…</source>
        <translation>Writing with AI…</translation>
    </message>
    <message>
        <source>AI suggestion ready (%1 engine)</source>
        <translation>AI suggestion ready (%1 engine)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1 (SKU %2)</source>
        <translation>Saved %1 (SKU %2)</translation>
    </message>
</context>
<context>
    <name>bodega::ProductRepository</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Say which product: an id, a SKU or a barcode</source>
        <translation>Say which product: an id, a SKU or a barcode</translation>
    </message>
</context>
<context>
    <name>bodega::ProductTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Below its low-stock threshold (%1)</source>
        <translation>Below its low-stock threshold (%1)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
</context>
<context>
    <name>bodega::ProductValidator</name>
    <message>
        <source>%1 is absurdly large</source>
        <translation>%1 is absurdly large</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 cannot be negative</translation>
    </message>
    <message>
        <source>%1 cannot be zero</source>
        <translation>%1 cannot be zero</translation>
    </message>
    <message>
        <source>The product needs a name</source>
        <translation>The product needs a name</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters</source>
        <translation>The name is longer than %1 characters</translation>
    </message>
    <message>
        <source>The product needs a SKU</source>
        <translation>The product needs a SKU</translation>
    </message>
    <message>
        <source>The SKU must be up to %1 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;</source>
        <translation>The SKU must be up to %1 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>At most %1 keywords</source>
        <translation>At most %1 keywords</translation>
    </message>
    <message>
        <source>A keyword is longer than %1 characters</source>
        <translation>A keyword is longer than %1 characters</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters</source>
        <translation>The description is longer than %1 characters</translation>
    </message>
    <message>
        <source>The category is longer than %1 characters</source>
        <translation>The category is longer than %1 characters</translation>
    </message>
    <message>
        <source>The supplier is longer than %1 characters</source>
        <translation>The supplier is longer than %1 characters</translation>
    </message>
    <message>
        <source>Unknown currency: %1</source>
        <translation>Unknown currency: %1</translation>
    </message>
    <message>
        <source>The price cannot be negative</source>
        <translation>The price cannot be negative</translation>
    </message>
    <message>
        <source>The price is absurdly large</source>
        <translation>The price is absurdly large</translation>
    </message>
    <message>
        <source>The cost cannot be negative</source>
        <translation>The cost cannot be negative</translation>
    </message>
    <message>
        <source>The cost is absurdly large</source>
        <translation>The cost is absurdly large</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 % and 100 %</source>
        <translation>The tax rate must be between 0 % and 100 %</translation>
    </message>
</context>
<context>
    <name>bodega::ProductsPage</name>
    <message>
        <source>Search by name, SKU, barcode or keyword…</source>
        <translation>Search by name, SKU, barcode or keyword…</translation>
    </message>
    <message>
        <source>Low stock &amp;only</source>
        <translation>Low stock &amp;only</translation>
    </message>
    <message>
        <source>Simulate &amp;sale (1 unit)</source>
        <translation>Simulate &amp;sale (1 unit)</translation>
    </message>
    <message>
        <source>Sell one unit of the selected product, as the till would</source>
        <translation>Sell one unit of the selected product, as the till would</translation>
    </message>
    <message>
        <source>Double-click a row to sell one unit.</source>
        <translation>Double-click a row to sell one unit.</translation>
    </message>
    <message>
        <source>Simulate sale (1 unit)</source>
        <translation>Simulate sale (1 unit)</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Results: %1</translation>
    </message>
    <message>
        <source>Sold %1 × %2 (receipt %3). Stock now %4.</source>
        <translation>Sold %1 × %2 (receipt %3). Stock now %4.</translation>
    </message>
    <message>
        <source>Oversold: %1 now shows %2 in stock; the sale was recorded, please check the shelf count.</source>
        <translation>Oversold: %1 now shows %2 in stock; the sale was recorded, please check the shelf count.</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1 (%2)</source>
        <translation>The sale was not recorded: %1 (%2)</translation>
    </message>
    <message>
        <source>Results: %1+</source>
        <translation>Results: %1+</translation>
    </message>
</context>
<context>
    <name>bodega::Quantity</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 is too long</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 has more than %2 decimals</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
</context>
<context>
    <name>bodega::ServerAddress</name>
    <message>
        <source>The server URL must look like postgresql://user@host:5432/database</source>
        <translation>The server URL must look like postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>The server URL needs a user name (postgresql://USER@host/database)</source>
        <translation>The server URL needs a user name (postgresql://USER@host/database)</translation>
    </message>
    <message>
        <source>Unknown sslmode %1</source>
        <translation>Unknown sslmode %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds</source>
        <translation>connect_timeout must be a whole number of seconds</translation>
    </message>
    <message>
        <source>Unknown server URL option %1</source>
        <translation>Unknown server URL option %1</translation>
    </message>
</context>
<context>
    <name>bodega::StockLedger</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>bodega::StoreWorker</name>
    <message>
        <source>The store is not open</source>
        <translation>The store is not open</translation>
    </message>
</context>
<context>
    <name>bodega::Sync</name>
    <message>
        <source>The password of terminal %1 is missing; register it again (bodegactl sync register)</source>
        <translation>The password of terminal %1 is missing; register it again (bodegactl sync register)</translation>
    </message>
    <message>
        <source>This login is not a registered terminal of the server</source>
        <translation>This login is not a registered terminal of the server</translation>
    </message>
    <message>
        <source>The server is unreachable: %1</source>
        <translation>The server is unreachable: %1</translation>
    </message>
    <message>
        <source>The server cannot do this now: %1</source>
        <translation>The server cannot do this now: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>The server denied access: %1</source>
        <translation>The server denied access: %1</translation>
    </message>
    <message>
        <source>This terminal is not registered with a server (bodegactl sync register)</source>
        <translation>This terminal is not registered with a server (bodegactl sync register)</translation>
    </message>
</context>
<context>
    <name>bodega::SyncPage</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>Waiting to upload:</translation>
    </message>
    <message>
        <source>Quarantined:</source>
        <translation>Quarantined:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Last error:</translation>
    </message>
    <message>
        <source>The server refused these events. They stay in this store and are not sent again; the events after them keep uploading.</source>
        <translation>The server refused these events. They stay in this store and are not sent again; the events after them keep uploading.</translation>
    </message>
    <message>
        <source>Cannot load the events: %1</source>
        <translation>Cannot load the events: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Quarantined events</source>
        <translation>Quarantined events</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>No server</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none: this terminal is not registered with a server (bodegactl sync register)</source>
        <translation>none: this terminal is not registered with a server (bodegactl sync register)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Upload the waiting events and download the server&apos;s changes now</source>
        <translation>Upload the waiting events and download the server&apos;s changes now</translation>
    </message>
    <message>
        <source>This terminal is not registered with a server</source>
        <translation>This terminal is not registered with a server</translation>
    </message>
    <message>
        <source>%1 (showing the first %2)</source>
        <translation>%1 (showing the first %2)</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation>Waiting to upload: %1</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Quarantined: %1</translation>
    </message>
</context>
<context>
    <name>bodega::Taxonomy</name>
    <message>
        <source>The AI taxonomy is not a JSON object.</source>
        <translation>The AI taxonomy is not a JSON object.</translation>
    </message>
    <message>
        <source>Unsupported AI taxonomy version %1.</source>
        <translation>Unsupported AI taxonomy version %1.</translation>
    </message>
    <message>
        <source>An AI taxonomy category has no name.</source>
        <translation>An AI taxonomy category has no name.</translation>
    </message>
    <message>
        <source>The AI taxonomy lists category &quot;%1&quot; twice.</source>
        <translation>The AI taxonomy lists category &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>The AI taxonomy has no categories.</source>
        <translation>The AI taxonomy has no categories.</translation>
    </message>
    <message>
        <source>Cannot read the AI taxonomy %1: %2</source>
        <translation>Cannot read the AI taxonomy %1: %2</translation>
    </message>
    <message>
        <source>The AI taxonomy %1 is not valid JSON: %2</source>
        <translation>The AI taxonomy %1 is not valid JSON: %2</translation>
    </message>
</context>
</TS>
