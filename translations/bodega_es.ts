<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>bodega::Barcode</name>
    <message>
        <source>Barcode must contain only digits</source>
        <translation>El código de barras solo puede tener dígitos</translation>
    </message>
    <message>
        <source>Barcode must have 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13) digits, not %1</source>
        <translation>El código de barras debe tener 8 (EAN-8), 12 (UPC-A) o 13 (EAN-13) dígitos, no %1</translation>
    </message>
    <message>
        <source>Barcode check digit is wrong (expected %1)</source>
        <translation>El dígito de control del código de barras no es correcto (se esperaba %1)</translation>
    </message>
</context>
<context>
    <name>bodega::BodegaCtl</name>
    <message>
        <source>LOW</source>
        <translation>BAJO</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db necesita una ruta</translation>
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
        <translation>Uso: bodegactl [--db RUTA] [--json] COMANDO
  init
  product add --name NOMBRE [--keywords P1,P2] [--stock N] [--price PRECIO] [--sku SKU]
              [--barcode CÓDIGO] [--threshold N] [--category C] [--no-ai]
  product import ARCHIVO.csv [--skip-bad-rows] [--ai]
  product list [--search TEXTO] [--low] [--limit N]
  product show ID|SKU|CÓDIGO
  sell ID|SKU|CÓDIGO [--qty N]
  stock adjust ID|SKU|CÓDIGO --delta N --reason TEXTO
  low-stock
  outbox list
  ai suggest --name NOMBRE [--keywords P1,P2]
  health
  demo --products N
</translation>
    </message>
    <message>
        <source>Unknown subcommand for %1: %2</source>
        <translation>Subcomando desconocido para %1: %2</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>Store ready at %1 (schema %2)</source>
        <translation>Tienda lista en %1 (esquema %2)</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 necesita un valor</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name es obligatorio</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Agregado: %1</translation>
    </message>
    <message>
        <source>product import needs a CSV file</source>
        <translation>product import necesita un archivo CSV</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows</source>
        <translation>Se importaron %1 de %2 filas</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000000</source>
        <translation>--limit debe estar entre 1 y 1000000</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 de %2 productos</translation>
    </message>
    <message>
        <source>product show needs an id, SKU or barcode</source>
        <translation>product show necesita un id, un SKU o un código de barras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source> (AI)</source>
        <translation> (IA)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>sell needs an id, SKU or barcode</source>
        <translation>sell necesita un id, un SKU o un código de barras</translation>
    </message>
    <message>
        <source>Sold %1 x %2 for %3 (receipt %4). Stock now %5.</source>
        <translation>Vendido: %1 x %2 por %3 (recibo %4). Stock actual: %5.</translation>
    </message>
    <message>
        <source>Warning: stock is negative; count the shelf.</source>
        <translation>Atención: el stock quedó negativo; cuente las unidades en el estante.</translation>
    </message>
    <message>
        <source>stock adjust needs an id, SKU or barcode</source>
        <translation>stock adjust necesita un id, un SKU o un código de barras</translation>
    </message>
    <message>
        <source>--delta is required</source>
        <translation>--delta es obligatorio</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason es obligatorio</translation>
    </message>
    <message>
        <source>Stock of %1: %2 -&gt; %3</source>
        <translation>Stock de %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1 products below their threshold</source>
        <translation>%1 productos por debajo de su umbral</translation>
    </message>
    <message>
        <source>%1 events, %2 waiting to sync</source>
        <translation>%1 eventos, %2 por sincronizar</translation>
    </message>
    <message>
        <source>Category: %1 (%2 %)
Description: %3</source>
        <translation>Categoría: %1 (%2 %)
Descripción: %3</translation>
    </message>
    <message>
        <source>Store: %1
Schema: %2
Products: %3
Events waiting to sync: %4
AI: %5 (%6)</source>
        <translation>Tienda: %1
Esquema: %2
Productos: %3
Eventos por sincronizar: %4
IA: %5 (%6)</translation>
    </message>
    <message>
        <source>--products must be a number</source>
        <translation>--products debe ser un número</translation>
    </message>
    <message>
        <source>%1 products...</source>
        <translation>%1 productos...</translation>
    </message>
    <message>
        <source>Demo store: %1 products, %2 sales</source>
        <translation>Tienda de demostración: %1 productos, %2 ventas</translation>
    </message>
</context>
<context>
    <name>bodega::CatalogService</name>
    <message>
        <source>Initial stock</source>
        <translation>Stock inicial</translation>
    </message>
    <message>
        <source>Low stock: %1 (SKU %2) has %3 left, below the threshold of %4</source>
        <translation>Stock bajo: quedan %3 de %1 (SKU %2), por debajo del umbral de %4</translation>
    </message>
    <message>
        <source>No receipt number was issued</source>
        <translation>No se asignó un número de recibo</translation>
    </message>
    <message>
        <source>%1 is not for sale (inactive)</source>
        <translation>%1 no está a la venta (inactivo)</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason</source>
        <translation>Un ajuste de stock necesita un motivo</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters</source>
        <translation>El motivo tiene más de 500 caracteres</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: use unit, kg or l</source>
        <translation>Unidad desconocida “%1”: use unit, kg o l</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>Line 1: the header has no &quot;name&quot; column</source>
        <translation>Línea 1: el encabezado no tiene la columna “name”</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>SKU %1 appears twice in the file</source>
        <translation>El SKU %1 aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>Barcode %1 appears twice in the file</source>
        <translation>El código de barras %1 aparece dos veces en el archivo</translation>
    </message>
</context>
<context>
    <name>bodega::CredentialStore</name>
    <message>
        <source>Cannot store the password: %1</source>
        <translation>No se pudo guardar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>bodega::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>Line %1: a field is larger than 1 MB</source>
        <translation>Línea %1: un campo ocupa más de 1 MB</translation>
    </message>
</context>
<context>
    <name>bodega::Database</name>
    <message>
        <source>The store path is not a file: %1</source>
        <translation>La ruta de la tienda no es un archivo: %1</translation>
    </message>
    <message>
        <source>No store at %1</source>
        <translation>No hay ninguna tienda en %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the store: %1</source>
        <translation>No se puede crear la carpeta de la tienda: %1</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>No se puede leer la tienda: %1</translation>
    </message>
    <message>
        <source>The store is read-only: %1</source>
        <translation>La tienda es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1</source>
        <translation>No se puede abrir la tienda %1</translation>
    </message>
    <message>
        <source>The store file is damaged: %1</source>
        <translation>El archivo de la tienda está dañado: %1</translation>
    </message>
    <message>
        <source>The store was written by a newer Bodega (schema %1, this version knows %2)</source>
        <translation>La tienda fue guardada por una versión más reciente de Bodega (esquema %1; esta versión llega hasta el %2)</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Falta la migración %1</translation>
    </message>
    <message>
        <source>Injected storage failure</source>
        <translation>Falla de almacenamiento simulada</translation>
    </message>
    <message>
        <source>Another record already has this %1</source>
        <translation>Ya existe otro registro con este valor de “%1”</translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation>La tienda es de solo lectura</translation>
    </message>
    <message>
        <source>The store file is damaged or not a Bodega store</source>
        <translation>El archivo de la tienda está dañado o no es una tienda de Bodega</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>Error de almacenamiento: %1</translation>
    </message>
</context>
<context>
    <name>bodega::DemoStore</name>
    <message>
        <source>The demo store takes 1 to 2,000,000 products</source>
        <translation>La tienda de demostración admite de 1 a 2.000.000 productos</translation>
    </message>
    <message>
        <source>The demo catalog resource is missing</source>
        <translation>Falta el recurso del catálogo de demostración</translation>
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
        <translation>%1 no encontrado: %2</translation>
    </message>
</context>
<context>
    <name>bodega::EventSchemas</name>
    <message>
        <source>The event does not match its contract %1</source>
        <translation>El evento no cumple su contrato %1</translation>
    </message>
    <message>
        <source>No contract for event %1</source>
        <translation>No hay contrato para el evento %1</translation>
    </message>
</context>
<context>
    <name>bodega::GuiMain</name>
    <message>
        <source>Bodega: point of sale and warehouse for your store.</source>
        <translation>Bodega: punto de venta y bodega para su tienda.</translation>
    </message>
    <message>
        <source>The store file to open (default: %1).</source>
        <translation>Archivo de la tienda que se va a abrir (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Interface language: es or en.</source>
        <translation>Idioma de la interfaz: es o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Do not offer a demo store when the store is empty.</source>
        <translation>No ofrecer una tienda de demostración cuando la tienda esté vacía.</translation>
    </message>
    <message>
        <source>Bodega</source>
        <translation>Bodega</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use es or en.</source>
        <translation>Idioma desconocido “%1”: use es o en.</translation>
    </message>
    <message>
        <source>Bodega cannot open the store</source>
        <translation>Bodega no puede abrir la tienda</translation>
    </message>
    <message>
        <source>The store could not be opened, so Bodega will close.

%1

Error code: %2
Store: %3</source>
        <translation>No se pudo abrir la tienda, así que Bodega se cerrará.

%1

Código de error: %2
Tienda: %3</translation>
    </message>
</context>
<context>
    <name>bodega::LowStockPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Recent low-stock alerts</source>
        <translation>Alertas recientes de stock bajo</translation>
    </message>
    <message>
        <source>Cannot load the low-stock list: %1</source>
        <translation>No se pudo cargar la lista de stock bajo: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No product is below its threshold.</source>
        <translation>Ningún producto está por debajo de su umbral.</translation>
    </message>
    <message>
        <source>Products below their low-stock threshold: %1</source>
        <translation>Productos por debajo de su umbral de stock bajo: %1</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Todavía no hay alertas.</translation>
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
        <translation>&amp;Productos</translation>
    </message>
    <message>
        <source>Lo&amp;w stock</source>
        <translation>&amp;Stock bajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cannot open the store: %1 (%2)</source>
        <translation>No se puede abrir la tienda: %1 (%2)</translation>
    </message>
    <message>
        <source>Demo store ready: %1 products, %2 sales</source>
        <translation>Tienda de demostración lista: %1 productos, %2 ventas</translation>
    </message>
    <message>
        <source>The demo store could not be filled: %1</source>
        <translation>No se pudo llenar la tienda de demostración: %1</translation>
    </message>
    <message>
        <source>This store is empty. Fill it with a demo store (%1 products of a Colombian mini-market) to try Bodega?</source>
        <translation>Esta tienda está vacía. ¿Quiere llenarla con una tienda de demostración (%1 productos de un minimercado colombiano) para probar Bodega?</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo store</source>
        <translation>Llenar con tienda de d&amp;emostración</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>E&amp;mpezar vacía</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Abriendo la tienda…</translation>
    </message>
    <message>
        <source>Store opened</source>
        <translation>Tienda abierta</translation>
    </message>
    <message>
        <source>Bodega — %1</source>
        <translation>Bodega — %1</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Tienda: %1 (%2)</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Productos: %1</translation>
    </message>
    <message>
        <source>To sync: %1</source>
        <translation>Por sincronizar: %1</translation>
    </message>
    <message>
        <source>Events waiting in the outbox to be uploaded to the server</source>
        <translation>Eventos por sincronizar: cambios guardados en este equipo que esperan subir al servidor</translation>
    </message>
    <message>
        <source>offline engine</source>
        <translation>motor sin conexión</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>IA: %1</translation>
    </message>
    <message>
        <source>AI: %1 (learning the catalog…)</source>
        <translation>IA: %1 (aprendiendo el catálogo…)</translation>
    </message>
    <message>
        <source>Filling the demo store… you can keep working meanwhile.</source>
        <translation>Llenando la tienda de demostración… puede seguir trabajando mientras tanto.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Sincroni&amp;zación</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Sincronizando con el servidor…</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>En cuarentena: %1</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Sincronizado: %1</translation>
    </message>
    <message>
        <source>This terminal is not registered with a server: its sales and products stay in this store until it is (bodegactl sync register).</source>
        <translation>Este equipo no está registrado en un servidor: sus ventas y productos se quedan en esta tienda hasta que lo esté (bodegactl sync register).</translation>
    </message>
    <message>
        <source>Server: %1
Last error: %2</source>
        <translation>Servidor: %1
Último error: %2</translation>
    </message>
    <message>
        <source>(connecting)</source>
        <translation>(conectando)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Events the server refused, kept apart (see the Sync page)</source>
        <translation>Eventos que el servidor rechazó, guardados aparte (vea la página Sincronización)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización exitosa: %1</translation>
    </message>
</context>
<context>
    <name>bodega::Money</name>
    <message>
        <source>Unknown currency: %1</source>
        <translation>Moneda desconocida: %1</translation>
    </message>
</context>
<context>
    <name>bodega::NotificationBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>bodega::OfflineEngine</name>
    <message>
        <source>The product name is empty.</source>
        <translation>El nombre del producto está vacío.</translation>
    </message>
    <message>
        <source>The product name is longer than %1 characters.</source>
        <translation>El nombre del producto tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;.</source>
        <translation>Idioma no admitido: “%1”.</translation>
    </message>
    <message>
        <source>Unknown unit of sale &quot;%1&quot;.</source>
        <translation>Unidad de venta desconocida: “%1”.</translation>
    </message>
    <message>
        <source>The offline AI engine knows no categories.</source>
        <translation>El motor de IA sin conexión no conoce ninguna categoría.</translation>
    </message>
</context>
<context>
    <name>bodega::OutboxEventModel</name>
    <message>
        <source>Product saved</source>
        <translation>Producto guardado</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>Ajuste de stock</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Low-stock alert</source>
        <translation>Alerta de stock bajo</translation>
    </message>
    <message>
        <source>Event %1
Type: %2 (version %3)
About: %4</source>
        <translation>Evento %1
Tipo: %2 (versión %3)
Se refiere a: %4</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>bodega::ProductForm</name>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. Arroz Diana 500 g</source>
        <translation>p. ej. Arroz Diana 500 g</translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>se genera si lo deja vacío</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Código de barras</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8 or UPC-A</source>
        <translation>EAN-13, EAN-8 o UPC-A</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>Pala&amp;bras clave</translation>
    </message>
    <message>
        <source>comma-separated, e.g. arroz, grano</source>
        <translation>separadas por comas: arroz, grano</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>P&amp;recio</translation>
    </message>
    <message>
        <source>tax included, e.g. 4500</source>
        <translation>IVA incluido, p. ej. 4500</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>units on hand, e.g. 12</source>
        <translation>unidades disponibles, p. ej. 12</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold</source>
        <translation>&amp;Umbral de stock bajo</translation>
    </message>
    <message>
        <source>default 10</source>
        <translation>predeterminado: 10</translation>
    </message>
    <message>
        <source>choose, type, or generate with AI</source>
        <translation>elija, escriba o genere con IA</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>What a customer should know; or generate with AI</source>
        <translation>Lo que el cliente debe saber; o genérela con IA</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Generate with &amp;AI</source>
        <translation>Generar con &amp;IA</translation>
    </message>
    <message>
        <source>Suggest a category and write a description from the name and keywords</source>
        <translation>Sugiere una categoría y escribe una descripción a partir del nombre y las palabras clave</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>AI-written</source>
        <translation>Escrito por IA</translation>
    </message>
    <message>
        <source>Written by the AI. Edit it to make it yours.</source>
        <translation>Lo escribió la IA. Edítelo para hacerlo suyo.</translation>
    </message>
    <message>
        <source>Writing with AI…</source>
        <translation>Escribiendo con IA…</translation>
    </message>
    <message>
        <source>AI suggestion ready (%1 engine)</source>
        <translation>Sugerencia de IA lista (motor %1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1 (SKU %2)</source>
        <translation>Guardado: %1 (SKU %2)</translation>
    </message>
</context>
<context>
    <name>bodega::ProductRepository</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Say which product: an id, a SKU or a barcode</source>
        <translation>Indique el producto: un id, un SKU o un código de barras</translation>
    </message>
</context>
<context>
    <name>bodega::ProductTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Below its low-stock threshold (%1)</source>
        <translation>Por debajo de su umbral de stock bajo (%1)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
</context>
<context>
    <name>bodega::ProductValidator</name>
    <message>
        <source>%1 is absurdly large</source>
        <translation>El valor de “%1” es demasiado grande</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>El valor de “%1” no puede ser negativo</translation>
    </message>
    <message>
        <source>%1 cannot be zero</source>
        <translation>El valor de “%1” no puede ser cero</translation>
    </message>
    <message>
        <source>The product needs a name</source>
        <translation>El producto necesita un nombre</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters</source>
        <translation>El nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The product needs a SKU</source>
        <translation>El producto necesita un SKU</translation>
    </message>
    <message>
        <source>The SKU must be up to %1 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;</source>
        <translation>El SKU debe tener hasta %1 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>At most %1 keywords</source>
        <translation>Máximo %1 palabras clave</translation>
    </message>
    <message>
        <source>A keyword is longer than %1 characters</source>
        <translation>Una palabra clave tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters</source>
        <translation>La descripción tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The category is longer than %1 characters</source>
        <translation>La categoría tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The supplier is longer than %1 characters</source>
        <translation>El proveedor tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>Unknown currency: %1</source>
        <translation>Moneda desconocida: %1</translation>
    </message>
    <message>
        <source>The price cannot be negative</source>
        <translation>El precio no puede ser negativo</translation>
    </message>
    <message>
        <source>The price is absurdly large</source>
        <translation>El precio es demasiado alto</translation>
    </message>
    <message>
        <source>The cost cannot be negative</source>
        <translation>El costo no puede ser negativo</translation>
    </message>
    <message>
        <source>The cost is absurdly large</source>
        <translation>El costo es demasiado alto</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 % and 100 %</source>
        <translation>La tarifa de impuesto debe estar entre 0 % y 100 %</translation>
    </message>
</context>
<context>
    <name>bodega::ProductsPage</name>
    <message>
        <source>Search by name, SKU, barcode or keyword…</source>
        <translation>Buscar por nombre, SKU, código de barras o palabra clave…</translation>
    </message>
    <message>
        <source>Low stock &amp;only</source>
        <translation>S&amp;olo stock bajo</translation>
    </message>
    <message>
        <source>Simulate &amp;sale (1 unit)</source>
        <translation>Simular &amp;venta (1 unidad)</translation>
    </message>
    <message>
        <source>Sell one unit of the selected product, as the till would</source>
        <translation>Vende una unidad del producto seleccionado, como lo haría la caja</translation>
    </message>
    <message>
        <source>Double-click a row to sell one unit.</source>
        <translation>Haga doble clic en una fila para vender una unidad.</translation>
    </message>
    <message>
        <source>Simulate sale (1 unit)</source>
        <translation>Simular venta (1 unidad)</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>Sold %1 × %2 (receipt %3). Stock now %4.</source>
        <translation>Vendido: %1 × %2 (recibo %3). Stock actual: %4.</translation>
    </message>
    <message>
        <source>Oversold: %1 now shows %2 in stock; the sale was recorded, please check the shelf count.</source>
        <translation>Sobreventa: %1 ahora muestra %2 en stock; la venta quedó registrada. Por favor, verifique el conteo en el estante.</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1 (%2)</source>
        <translation>La venta no se registró: %1 (%2)</translation>
    </message>
    <message>
        <source>Results: %1+</source>
        <translation>Resultados: %1+</translation>
    </message>
</context>
<context>
    <name>bodega::Quantity</name>
    <message>
        <source>%1 is empty</source>
        <translation>El valor de “%1” está vacío</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>El valor de “%1” es demasiado largo</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>El valor de “%1” está fuera de rango</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>El valor de “%1” tiene más de %2 decimales</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>El valor de “%1” no es un número</translation>
    </message>
</context>
<context>
    <name>bodega::ServerAddress</name>
    <message>
        <source>The server URL must look like postgresql://user@host:5432/database</source>
        <translation>La URL del servidor debe tener la forma postgresql://usuario@servidor:5432/base_de_datos</translation>
    </message>
    <message>
        <source>The server URL needs a user name (postgresql://USER@host/database)</source>
        <translation>La URL del servidor necesita un nombre de usuario (postgresql://USUARIO@servidor/base_de_datos)</translation>
    </message>
    <message>
        <source>Unknown sslmode %1</source>
        <translation>sslmode desconocido: %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds</source>
        <translation>connect_timeout debe ser un número entero de segundos</translation>
    </message>
    <message>
        <source>Unknown server URL option %1</source>
        <translation>Opción desconocida en la URL del servidor: %1</translation>
    </message>
</context>
<context>
    <name>bodega::StockLedger</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
</context>
<context>
    <name>bodega::StoreWorker</name>
    <message>
        <source>The store is not open</source>
        <translation>La tienda no está abierta</translation>
    </message>
</context>
<context>
    <name>bodega::Sync</name>
    <message>
        <source>The password of terminal %1 is missing; register it again (bodegactl sync register)</source>
        <translation>Falta la contraseña del equipo %1; regístrelo de nuevo (bodegactl sync register)</translation>
    </message>
    <message>
        <source>This login is not a registered terminal of the server</source>
        <translation>Este usuario no es un equipo registrado en el servidor</translation>
    </message>
    <message>
        <source>The server is unreachable: %1</source>
        <translation>No se puede llegar al servidor: %1</translation>
    </message>
    <message>
        <source>The server cannot do this now: %1</source>
        <translation>El servidor no puede hacer esto ahora: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor rechazó: %1</translation>
    </message>
    <message>
        <source>The server denied access: %1</source>
        <translation>El servidor negó el acceso: %1</translation>
    </message>
    <message>
        <source>This terminal is not registered with a server (bodegactl sync register)</source>
        <translation>Este equipo no está registrado en un servidor (bodegactl sync register)</translation>
    </message>
</context>
<context>
    <name>bodega::SyncPage</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Última sincronización exitosa:</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>Por sincronizar:</translation>
    </message>
    <message>
        <source>Quarantined:</source>
        <translation>En cuarentena:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>The server refused these events. They stay in this store and are not sent again; the events after them keep uploading.</source>
        <translation>El servidor rechazó estos eventos. Se quedan en esta tienda y no se vuelven a enviar; los eventos que siguen se siguen subiendo.</translation>
    </message>
    <message>
        <source>Cannot load the events: %1</source>
        <translation>No se pudieron cargar los eventos: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Quarantined events</source>
        <translation>Eventos en cuarentena</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Sin servidor</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none: this terminal is not registered with a server (bodegactl sync register)</source>
        <translation>ninguno: este equipo no está registrado en un servidor (bodegactl sync register)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Upload the waiting events and download the server&apos;s changes now</source>
        <translation>Subir ahora los eventos pendientes y bajar los cambios del servidor</translation>
    </message>
    <message>
        <source>This terminal is not registered with a server</source>
        <translation>Este equipo no está registrado en un servidor</translation>
    </message>
    <message>
        <source>%1 (showing the first %2)</source>
        <translation>%1 (se muestran los primeros %2)</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation>Por sincronizar: %1</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>En cuarentena: %1</translation>
    </message>
</context>
<context>
    <name>bodega::Taxonomy</name>
    <message>
        <source>The AI taxonomy is not a JSON object.</source>
        <translation>La taxonomía de IA no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Unsupported AI taxonomy version %1.</source>
        <translation>Versión de taxonomía de IA no admitida: %1.</translation>
    </message>
    <message>
        <source>An AI taxonomy category has no name.</source>
        <translation>Una categoría de la taxonomía de IA no tiene nombre.</translation>
    </message>
    <message>
        <source>The AI taxonomy lists category &quot;%1&quot; twice.</source>
        <translation>La taxonomía de IA incluye dos veces la categoría “%1”.</translation>
    </message>
    <message>
        <source>The AI taxonomy has no categories.</source>
        <translation>La taxonomía de IA no tiene categorías.</translation>
    </message>
    <message>
        <source>Cannot read the AI taxonomy %1: %2</source>
        <translation>No se puede leer la taxonomía de IA %1: %2</translation>
    </message>
    <message>
        <source>The AI taxonomy %1 is not valid JSON: %2</source>
        <translation>La taxonomía de IA %1 no es un JSON válido: %2</translation>
    </message>
</context>
</TS>
