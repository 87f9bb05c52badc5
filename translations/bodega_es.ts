<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>bodega::AccessPolicy</name>
    <message>
        <source>%1 (%2) may not do this: %3</source>
        <translation>%1 (%2) no tiene permiso para esto: %3</translation>
    </message>
    <message>
        <source>Log in first: this store has users</source>
        <translation>Primero inicie sesión: esta tienda tiene usuarios</translation>
    </message>
</context>
<context>
    <name>bodega::AiLogPage</name>
    <message>
        <source>AI &amp;settings…</source>
        <translation>Aj&amp;ustes de IA…</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>AI requests</source>
        <translation>Solicitudes de IA</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Refused by the privacy policy</source>
        <translation>Rechazada por la política de privacidad</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>offline engine</source>
        <translation>motor sin conexión</translation>
    </message>
    <message>
        <source>local · %1</source>
        <translation>local · %1</translation>
    </message>
    <message>
        <source>cloud · %1</source>
        <translation>nube · %1</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (desde la caché)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no reportado</translation>
    </message>
    <message numerus="yes">
        <source>%n AI request(s), newest first, each with where the privacy policy let it go. The log cannot be edited.</source>
        <translation>
            <numerusform>%n solicitud de IA, de la más reciente a la más antigua, cada una con el destino que le permitió la política de privacidad. El registro no se puede modificar.</numerusform>
            <numerusform>%n solicitudes de IA, de la más reciente a la más antigua, cada una con el destino que le permitió la política de privacidad. El registro no se puede modificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager or an admin may read the AI log: log in at the till as one. (%1)</source>
        <translation>Solo un supervisor o un administrador puede ver el registro de IA: inicie sesión en la caja con uno de esos usuarios. (%1)</translation>
    </message>
</context>
<context>
    <name>bodega::AiRouter</name>
    <message>
        <source>The privacy policy lets no configured AI receive %1 data</source>
        <translation>La política de privacidad no permite que ninguna IA configurada reciba datos de tipo %1</translation>
    </message>
    <message>
        <source>No AI endpoint is configured</source>
        <translation>No hay ningún servidor de IA configurado</translation>
    </message>
    <message>
        <source>The AI endpoints are not available</source>
        <translation>Los servidores de IA no están disponibles</translation>
    </message>
</context>
<context>
    <name>bodega::AiSettings</name>
    <message>
        <source>The AI address is at most 500 characters</source>
        <translation>La dirección del servidor de IA tiene como máximo 500 caracteres</translation>
    </message>
    <message>
        <source>The AI address must start with http:// or https:// (e.g. http://127.0.0.1:11434/v1)</source>
        <translation>La dirección del servidor de IA debe empezar por http:// o https:// (p. ej. http://127.0.0.1:11434/v1)</translation>
    </message>
    <message>
        <source>The AI address needs a host name</source>
        <translation>La dirección de la IA necesita un nombre de servidor</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the address</source>
        <translation>Ponga la clave de API en el campo de la clave, no en la dirección</translation>
    </message>
    <message>
        <source>Name the model to use at %1</source>
        <translation>Indique el modelo que se usará en %1</translation>
    </message>
    <message>
        <source>The model name is at most 200 characters</source>
        <translation>El nombre del modelo tiene como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>The AI timeout is %1 to %2 ms</source>
        <translation>El tiempo de espera de la IA es de %1 a %2 ms</translation>
    </message>
    <message>
        <source>The API key is at most 1000 characters</source>
        <translation>La clave de API tiene como máximo 1000 caracteres</translation>
    </message>
    <message>
        <source>The API key is one line without line breaks</source>
        <translation>La clave de API es una sola línea, sin saltos de línea</translation>
    </message>
</context>
<context>
    <name>bodega::AiSettingsDialog</name>
    <message>
        <source>AI settings</source>
        <translation>Ajustes de IA</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>http://127.0.0.1:11434/v1 — empty: offline engine only</source>
        <translation>http://127.0.0.1:11434/v1 — vacío: solo el motor sin conexión</translation>
    </message>
    <message>
        <source>e.g. llama3.2:3b or gpt-4o-mini</source>
        <translation>p. ej. llama3.2:3b o gpt-4o-mini</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remove the stored key</source>
        <translation>&amp;Eliminar la clave guardada</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>What may leave this computer</source>
        <translation>Qué puede salir de este equipo</translation>
    </message>
    <message>
        <source>Server on this computer</source>
        <translation>Servidor en este equipo</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Catalog (names, descriptions, prices)</source>
        <translation>Catálogo (nombres, descripciones, precios)</translation>
    </message>
    <message>
        <source>Sales and stock figures</source>
        <translation>Cifras de ventas y de stock</translation>
    </message>
    <message>
        <source>Personal data never goes to a cloud AI</source>
        <translation>Los datos personales nunca van a una IA en la nube</translation>
    </message>
    <message>
        <source>The offline engine always answers what no allowed AI can. A server counts as &quot;on this computer&quot; only at a loopback address (localhost, 127.0.0.1).</source>
        <translation>El motor sin conexión siempre responde lo que ninguna IA permitida puede responder. Un servidor cuenta como “en este equipo” solo si su dirección es local (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>(a key is stored; type to replace it)</source>
        <translation>(hay una clave guardada; escriba para reemplazarla)</translation>
    </message>
    <message>
        <source>(none; not needed by Ollama or llama.cpp)</source>
        <translation>(ninguna; Ollama y llama.cpp no la necesitan)</translation>
    </message>
    <message>
        <source>Kept in %1, never in the store&apos;s settings.</source>
        <translation>Se guarda en %1, nunca en los ajustes de la tienda.</translation>
    </message>
    <message>
        <source>Only an admin may change the AI settings: log in at the till as one. You can still test the connection.</source>
        <translation>Solo un administrador puede cambiar los ajustes de IA: inicie sesión en la caja como administrador. Aún puede probar la conexión.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Connected (%1): %2 answered in %3 ms</source>
        <translation>Conectado (%1): %2 respondió en %3 ms</translation>
    </message>
    <message>
        <source>server on this computer</source>
        <translation>servidor en este equipo</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>No connection: %1 (%2)</source>
        <translation>Sin conexión: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer and user data</source>
        <translation>Datos de clientes y usuarios</translation>
    </message>
    <message>
        <source>Let the assistant change the store (&amp;write tools; MCP needs its own --allow-writes)</source>
        <translation>Permitir que el asistente &amp;haga cambios en la tienda (herramientas de escritura; MCP necesita su propio --allow-writes)</translation>
    </message>
</context>
<context>
    <name>bodega::AiWorker</name>
    <message>
        <source>The store is not open yet</source>
        <translation>La tienda aún no está abierta</translation>
    </message>
    <message>
        <source>Type the address of the AI server</source>
        <translation>Escriba la dirección del servidor de IA</translation>
    </message>
    <message>
        <source>This build has no HTTP AI provider</source>
        <translation>Esta versión no incluye un proveedor de IA por HTTP</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation>No se pudo guardar el historial en %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::AlertsPage</name>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <source>Low-stock alerts</source>
        <translation>Alertas de stock bajo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook deliveries that failed</source>
        <translation>Entregas de webhook que fallaron</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sends it again now, with a fresh set of attempts</source>
        <translation>La envía de nuevo ahora, con una nueva serie de intentos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The webhook delivery will be tried again now</source>
        <translation>La entrega del webhook se intentará de nuevo ahora</translation>
    </message>
    <message>
        <source>Low stock: %1 (SKU %2) has %3 left, below the threshold of %4</source>
        <translation>Stock bajo: a %1 (SKU %2) le quedan %3, por debajo del umbral de %4</translation>
    </message>
    <message>
        <source>No low-stock alerts yet.</source>
        <translation>Aún no hay alertas de stock bajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s)</source>
        <translation>
            <numerusform>%n alerta sin leer</numerusform>
            <numerusform>%n alertas sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregada</translation>
    </message>
    <message numerus="yes">
        <source>retrying (%n attempt(s))</source>
        <translation>
            <numerusform>reintentando (%n intento)</numerusform>
            <numerusform>reintentando (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Every webhook was delivered or is still being tried.</source>
        <translation>Todos los webhooks se entregaron o todavía se están intentando.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) gave up after every retry. Fix the receiver, then retry.</source>
        <translation>
            <numerusform>%n entrega se abandonó tras todos los reintentos. Corrija el receptor y vuelva a intentarlo.</numerusform>
            <numerusform>%n entregas se abandonaron tras todos los reintentos. Corrija el receptor y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bodega::Assistant</name>
    <message>
        <source>Too many questions in a short time; try again in %1 s.</source>
        <translation>Demasiadas preguntas en poco tiempo; intente de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>The AI model gave an empty answer.</source>
        <translation>El modelo de IA dio una respuesta vacía.</translation>
    </message>
    <message>
        <source>The AI model did not finish within %1 steps.</source>
        <translation>El modelo de IA no terminó en %1 pasos.</translation>
    </message>
    <message>
        <source>Ask something of at most %1 characters.</source>
        <translation>Haga una pregunta de máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>bodega::AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Ask about stock, sales and products: &quot;what is low on stock?&quot;, &quot;sales yesterday&quot;, &quot;how much rice is left?&quot;, &quot;suggest an order for Supplier X&quot;.</source>
        <translation>Pregunte sobre stock, ventas y productos: “¿qué está bajo de stock?”, “ventas de ayer”, “¿cuánto arroz queda?”, “sugiera un pedido para el proveedor X”.</translation>
    </message>
    <message>
        <source>The assistant is writing</source>
        <translation>El asistente está escribiendo</translation>
    </message>
    <message>
        <source>Sign in at the till to ask the assistant.</source>
        <translation>Inicie sesión en la caja para preguntarle al asistente.</translation>
    </message>
    <message>
        <source>Ask the assistant…</source>
        <translation>Pregúntele al asistente…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Exportar historial…</translation>
    </message>
    <message>
        <source>Save your conversations with the assistant as a JSON file</source>
        <translation>Guarda sus conversaciones con el asistente en un archivo JSON</translation>
    </message>
    <message>
        <source>Export assistant history</source>
        <translation>Exportar el historial del asistente</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Forget me</source>
        <translation>Olvidarme</translation>
    </message>
    <message>
        <source>Delete your conversations with the assistant from this terminal</source>
        <translation>Borra sus conversaciones con el asistente en este equipo</translation>
    </message>
    <message>
        <source>Delete every conversation you had with the assistant on this terminal? This cannot be undone.</source>
        <translation>¿Borrar todas las conversaciones que tuvo con el asistente en este equipo? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Too many questions in a short time: wait a few seconds and ask again.</source>
        <translation>Demasiadas preguntas en poco tiempo: espere unos segundos y vuelva a preguntar.</translation>
    </message>
    <message numerus="yes">
        <source>%n assistant message(s) exported to %1</source>
        <translation>
            <numerusform>%n mensaje del asistente exportado a %1</numerusform>
            <numerusform>%n mensajes del asistente exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted: the assistant has forgotten your conversations.</source>
        <translation>
            <numerusform>%n mensaje borrado: el asistente olvidó sus conversaciones.</numerusform>
            <numerusform>%n mensajes borrados: el asistente olvidó sus conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Asistente:</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Abrir: %1</translation>
    </message>
    <message>
        <source>local AI</source>
        <translation>IA local</translation>
    </message>
    <message>
        <source>cloud AI</source>
        <translation>IA en la nube</translation>
    </message>
    <message>
        <source>offline assistant</source>
        <translation>asistente sin conexión</translation>
    </message>
    <message>
        <source>Conversation with the assistant</source>
        <translation>Conversación con el asistente</translation>
    </message>
    <message>
        <source>Question for the assistant</source>
        <translation>Pregunta para el asistente</translation>
    </message>
</context>
<context>
    <name>bodega::AssistantHistory</name>
    <message>
        <source>A message is from the user or the assistant, not %1</source>
        <translation>Un mensaje es del usuario o del asistente, no “%1”</translation>
    </message>
    <message>
        <source>A message holds between 1 and %1 characters</source>
        <translation>Un mensaje tiene entre 1 y %1 caracteres</translation>
    </message>
</context>
<context>
    <name>bodega::AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>PIN or password changed</source>
        <translation>PIN o contraseña cambiados</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Precio cambiado</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>Existencias ajustadas</translation>
    </message>
    <message>
        <source>Discount over the cashier&apos;s limit</source>
        <translation>Descuento por encima del límite del cajero</translation>
    </message>
    <message>
        <source>Line voided</source>
        <translation>Línea anulada</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Venta anulada</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Devolución de mercancía</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Turno abierto</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrada o salida de efectivo</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Turno cerrado</translation>
    </message>
    <message>
        <source>AI settings changed</source>
        <translation>Ajustes de IA cambiados</translation>
    </message>
    <message>
        <source>AI key changed</source>
        <translation>Clave de IA cambiada</translation>
    </message>
    <message>
        <source>Purchase order sent</source>
        <translation>Orden de compra enviada</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mercancía recibida</translation>
    </message>
    <message>
        <source>Purchase order closed</source>
        <translation>Orden de compra cerrada</translation>
    </message>
    <message>
        <source>Purchase order cancelled</source>
        <translation>Orden de compra cancelada</translation>
    </message>
    <message>
        <source>Low-stock webhook changed</source>
        <translation>Webhook de stock bajo modificado</translation>
    </message>
    <message>
        <source>Low-stock webhook secret changed</source>
        <translation>Secreto del webhook de stock bajo modificado</translation>
    </message>
    <message>
        <source>Store settings changed</source>
        <translation>Ajustes de la tienda modificados</translation>
    </message>
</context>
<context>
    <name>bodega::AuditPage</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first. The trail cannot be edited.</source>
        <translation>
            <numerusform>%n entrada, de la más reciente a la más antigua. El historial no se puede modificar.</numerusform>
            <numerusform>%n entradas, de la más reciente a la más antigua. El historial no se puede modificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager or an admin may read the audit trail: log in at the till as one.</source>
        <translation>Solo un supervisor o un administrador puede ver el historial de auditoría: inicie sesión en la caja con uno de esos usuarios.</translation>
    </message>
</context>
<context>
    <name>bodega::Authenticator</name>
    <message>
        <source>Wrong user name, PIN or password</source>
        <translation>Usuario, PIN o contraseña incorrectos</translation>
    </message>
    <message>
        <source>Too many wrong attempts: %1 is locked until %2</source>
        <translation>Demasiados intentos fallidos: el usuario %1 queda bloqueado hasta las %2</translation>
    </message>
    <message>
        <source>Too many wrong attempts: %1 is locked for %2 minutes</source>
        <translation>Demasiados intentos fallidos: el usuario %1 queda bloqueado por %2 minutos</translation>
    </message>
</context>
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
    <message>
        <source>--limit is a number from 1 to %1</source>
        <translation>--limit es un número de 1 a %1</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>PIN o contraseña de %1: </translation>
    </message>
    <message>
        <source>Set %1 or run at a terminal to type it</source>
        <translation>Defina %1 o ejecute el comando en una terminal para escribirlo</translation>
    </message>
    <message>
        <source>Choose --pin or --password, not both</source>
        <translation>Elija --pin o --password, no ambos</translation>
    </message>
    <message>
        <source>--user needs a user name</source>
        <translation>--user necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>product edit needs a product id, SKU or barcode</source>
        <translation>product edit necesita un id, un SKU o un código de barras</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --price, ...</source>
        <translation>Nada que cambiar: indique al menos uno de --name, --price, ...</translation>
    </message>
    <message>
        <source>Saved %1 (SKU %2)</source>
        <translation>Guardado: %1 (SKU %2)</translation>
    </message>
    <message>
        <source>--receipt-pdf needs a file name</source>
        <translation>--receipt-pdf necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>sale needs at least one --line CODE[:QTY]</source>
        <translation>sale necesita al menos un --line CÓDIGO[:CANT]</translation>
    </message>
    <message>
        <source>A scale label carries its own quantity: %1</source>
        <translation>Una etiqueta de balanza ya trae su propia cantidad: %1</translation>
    </message>
    <message>
        <source>A payment is cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]]: %1</source>
        <translation>Un pago es cash|card|transfer|wallet:VALOR[:REFERENCIA[:BILLETERA]]: %1</translation>
    </message>
    <message>
        <source>The receipt was not printed (%1); reprint it with: bodegactl receipt print %2</source>
        <translation>El recibo no se imprimió (%1); reimprímalo con: bodegactl receipt print %2</translation>
    </message>
    <message>
        <source>Sale %1: %2, change %3.</source>
        <translation>Venta %1: %2, cambio %3.</translation>
    </message>
    <message>
        <source>The role is cashier, manager or admin</source>
        <translation>El rol es cashier, manager o admin</translation>
    </message>
    <message>
        <source>user add needs a user name</source>
        <translation>user add necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>New PIN for %1: </source>
        <translation>PIN nuevo de %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Contraseña nueva de %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Agregado: %1 (%2).</translation>
    </message>
    <message>
        <source>	inactive</source>
        <translation>	inactivo</translation>
    </message>
    <message>
        <source>user passwd needs a user name</source>
        <translation>user passwd necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>New secret for %1: </source>
        <translation>PIN o contraseña nuevos de %1: </translation>
    </message>
    <message>
        <source>Changed the secret of %1.</source>
        <translation>Se cambió el PIN o la contraseña de %1.</translation>
    </message>
    <message>
        <source>return needs a receipt number and at least one --line LINE_NO[:QTY]</source>
        <translation>return necesita un número de recibo y al menos un --line N_LÍNEA[:CANT]</translation>
    </message>
    <message>
        <source>A line is its number on the receipt: %1</source>
        <translation>Una línea se indica con su número en el recibo: %1</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN de %1: </translation>
    </message>
    <message>
        <source>Returned %1 line(s) of %2: refund %3.</source>
        <translation>Devolución de %1 línea(s) de %2: reembolso %3.</translation>
    </message>
    <message>
        <source>shift %1 needs an amount</source>
        <translation>shift %1 necesita un valor</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Turno abierto</translation>
    </message>
    <message>
        <source>Shift at %1 since %2: %3 sales, expected cash %4.</source>
        <translation>Turno de la caja %1 desde %2: %3 ventas, efectivo esperado %4.</translation>
    </message>
    <message>
        <source>Counted %1, difference %2.</source>
        <translation>Efectivo contado %1, diferencia %2.</translation>
    </message>
    <message>
        <source>
Server: %1
Quarantined events: %2
Last sync: %3</source>
        <translation>
Servidor: %1
Eventos en cuarentena: %2
Última sincronización: %3</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>receipt list | show RECEIPT | pdf RECEIPT --out FILE [--invoice] | print RECEIPT</source>
        <translation>receipt list | show RECIBO | pdf RECIBO --out ARCHIVO [--invoice] | print RECIBO</translation>
    </message>
    <message>
        <source>receipt %1 needs a receipt number</source>
        <translation>receipt %1 necesita un número de recibo</translation>
    </message>
    <message>
        <source>receipt pdf needs --out FILE</source>
        <translation>receipt pdf necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 guardado en %2</translation>
    </message>
    <message>
        <source>%1 printed: %2</source>
        <translation>%1 impreso: %2</translation>
    </message>
    <message>
        <source>documents run | list [--failed]</source>
        <translation>documents run | list [--failed]</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) produced.</source>
        <translation>
            <numerusform>%n documento generado.</numerusform>
            <numerusform>%n documentos generados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 failed: %3
</source>
        <translation>%1 %2 falló: %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting.</source>
        <translation>
            <numerusform>%n documento pendiente.</numerusform>
            <numerusform>%n documentos pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>setting get KEY | set KEY VALUE</source>
        <translation>setting get CLAVE | set CLAVE VALOR</translation>
    </message>
    <message>
        <source>Unknown setting %1; known: %2</source>
        <translation>Ajuste desconocido: %1; los disponibles son: %2</translation>
    </message>
    <message>
        <source>A setting is at most 500 characters</source>
        <translation>Un ajuste tiene como máximo 500 caracteres</translation>
    </message>
    <message>
        <source>--url postgresql://USER@HOST:PORT/DATABASE is required</source>
        <translation>--url postgresql://USUARIO@SERVIDOR:PUERTO/BASE_DE_DATOS es obligatorio</translation>
    </message>
    <message>
        <source>Server schema already at version %1</source>
        <translation>El esquema del servidor ya está en la versión %1</translation>
    </message>
    <message>
        <source>Server schema migrated from version %1 to %2</source>
        <translation>Esquema del servidor migrado de la versión %1 a la %2</translation>
    </message>
    <message>
        <source>--store NAME is required</source>
        <translation>--store NOMBRE es obligatorio</translation>
    </message>
    <message>
        <source>--terminal CODE is required</source>
        <translation>--terminal CÓDIGO es obligatorio</translation>
    </message>
    <message>
        <source>Registered terminal %1 of store %2 (id %3)</source>
        <translation>Equipo %1 de la tienda %2 registrado (id %3)</translation>
    </message>
    <message>
        <source>--batch must be 1 to 10000</source>
        <translation>--batch debe estar entre 1 y 10000</translation>
    </message>
    <message>
        <source>sync run needs --once (or use sync daemon)</source>
        <translation>sync run necesita --once (o use sync daemon)</translation>
    </message>
    <message>
        <source>Uploaded %1 events (%2 already on the server, %3 quarantined); downloaded %4 changes; %5 waiting</source>
        <translation>Se subieron %1 eventos (%2 ya estaban en el servidor, %3 en cuarentena); se bajaron %4 cambios; %5 por sincronizar</translation>
    </message>
    <message>
        <source>Server: %1 (%2)
Waiting: %3
Quarantined: %4
Last sync: %5
Cursor: %6%7</source>
        <translation>Servidor: %1 (%2)
Por sincronizar: %3
En cuarentena: %4
Última sincronización: %5
Cursor: %6%7</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation>
Último error: %1</translation>
    </message>
    <message>
        <source>%1: %2 waiting, %3 quarantined, cursor %4</source>
        <translation>%1: %2 por sincronizar, %3 en cuarentena, cursor %4</translation>
    </message>
    <message>
        <source>shift open|cash|close|status|report</source>
        <translation>shift open|cash|close|status|report</translation>
    </message>
    <message>
        <source>The report needs a file name</source>
        <translation>El informe necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>shift report needs --out FILE</source>
        <translation>shift report necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>The sale was recorded but its receipt could not be read back; write it with: bodegactl receipt pdf %1 --out FILE</source>
        <translation>La venta quedó registrada, pero su recibo no se pudo leer; escríbalo con: bodegactl receipt pdf %1 --out ARCHIVO</translation>
    </message>
    <message>
        <source>%1 is being printed by another Bodega on this store</source>
        <translation>Otro Bodega de esta tienda está imprimiendo %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>  (cache)</source>
        <translation>  (caché)</translation>
    </message>
    <message>
        <source>ai config: an option needs a value</source>
        <translation>ai config: una opción necesita un valor</translation>
    </message>
    <message>
        <source>--%1 is %2 or %3</source>
        <translation>--%1 es %2 o %3</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set</source>
        <translation>La variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>--timeout-ms is a number of milliseconds</source>
        <translation>--timeout-ms es un número de milisegundos</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 en %3</translation>
    </message>
    <message>
        <source>offline engine only</source>
        <translation>solo el motor sin conexión</translation>
    </message>
    <message>
        <source>AI: %1
Timeout: %2 ms
Internal data to the cloud: %3
Write tools: %4
API key: %5</source>
        <translation>IA: %1
Tiempo de espera: %2 ms
Datos internos a la nube: %3
Herramientas de escritura: %4
Clave de API: %5</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activadas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>guardada (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>This store has users: start the MCP server with --user NAME.</source>
        <translation>Esta tienda tiene usuarios: inicie el servidor MCP con --user NOMBRE.</translation>
    </message>
    <message>
        <source>Only an admin may start the MCP server with --allow-writes.</source>
        <translation>Solo un administrador puede iniciar el servidor MCP con --allow-writes.</translation>
    </message>
    <message>
        <source>Engine: %1 (fallback: %2)</source>
        <translation>Motor: %1 (respaldo: %2)</translation>
    </message>
    <message>
        <source>Engine: %1 (%2)</source>
        <translation>Motor: %1 (%2)</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>--lang needs a value</source>
        <translation>--lang necesita un valor</translation>
    </message>
    <message>
        <source>ask needs a question</source>
        <translation>ask necesita una pregunta</translation>
    </message>
    <message>
        <source>AI suggestions: %1 (%2 fell back to the offline engine)</source>
        <translation>Sugerencias de IA: %1 (%2 las dio el motor sin conexión)</translation>
    </message>
    <message>
        <source>Category: %1 (%2 %)
Description: %3
</source>
        <translation>Categoría: %1 (%2 %)
Descripción: %3
</translation>
    </message>
    <message>
        <source>none (offline engine only)</source>
        <translation>ninguno (solo el motor sin conexión)</translation>
    </message>
    <message>
        <source>
LLM: %1</source>
        <translation>
LLM: %1</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>sin webhook</translation>
    </message>
    <message>
        <source>webhook failed: %1</source>
        <translation>el webhook falló: %1</translation>
    </message>
    <message>
        <source>webhook %1 (%2 attempts)</source>
        <translation>webhook %1 (%2 intentos)</translation>
    </message>
    <message>
        <source>(unread) </source>
        <translation>(sin leer) </translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 sin leer</translation>
    </message>
    <message>
        <source>--timeout-ms is 100 to 600000 milliseconds</source>
        <translation>--timeout-ms va de 100 a 600000 milisegundos</translation>
    </message>
    <message>
        <source>%1 delivered, %2 to retry, %3 failed for good; %4 pending</source>
        <translation>%1 entregadas, %2 por reintentar, %3 fallidas definitivamente; %4 pendientes</translation>
    </message>
    <message>
        <source>webhook set: an option needs a value</source>
        <translation>webhook set: a una opción le falta el valor</translation>
    </message>
    <message>
        <source>webhook set: give --url and/or --secret-from-env</source>
        <translation>webhook set: indique --url o --secret-from-env, o ambos</translation>
    </message>
    <message>
        <source>Webhook: %1; %2</source>
        <translation>Webhook: %1; %2</translation>
    </message>
    <message>
        <source>signed (secret in %1)</source>
        <translation>firmado (secreto en %1)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>%1 (%2): %3 a day%4, stock %5, cover %6, runs out %7, lead time %8 d (%9), order %10
</source>
        <translation>%1 (%2): %3 al día%4, stock %5, cobertura %6, se agota %7, tiempo de entrega %8 d (%9), pedir %10
</translation>
    </message>
    <message>
        <source> by weekday</source>
        <translation> por día de la semana</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>indefinida</translation>
    </message>
    <message>
        <source>no supplier</source>
        <translation>sin proveedor</translation>
    </message>
    <message>
        <source>%1 products forecast</source>
        <translation>%1 productos pronosticados</translation>
    </message>
    <message>
        <source>%1 stock.low_predicted events recorded</source>
        <translation>%1 eventos stock.low_predicted registrados</translation>
    </message>
    <message>
        <source>--lead-time is a number of days: %1</source>
        <translation>--lead-time es un número de días: %1</translation>
    </message>
    <message>
        <source>Supplier %1 added.</source>
        <translation>Proveedor %1 agregado.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %4  lead time %n day(s), %5 price(s)
</source>
        <translation>
            <numerusform>%1  %2  %3  %4  tiempo de entrega %n día, %5 precio(s)
</numerusform>
            <numerusform>%1  %2  %3  %4  tiempo de entrega %n días, %5 precio(s)
</numerusform>
        </translation>
    </message>
    <message>
        <source>supplier price --supplier NAME --product SKU --price AMOUNT</source>
        <translation>supplier price --supplier NOMBRE --product SKU --price PRECIO</translation>
    </message>
    <message>
        <source>%1 charges %2 for %3.</source>
        <translation>%1 cobra %2 por %3.</translation>
    </message>
    <message>
        <source>supplier add --name NAME [--contact C] [--phone P] [--email E] [--lead-time DAYS] | list | price --supplier NAME --product SKU --price AMOUNT</source>
        <translation>supplier add --name NOMBRE [--contact C] [--phone T] [--email E] [--lead-time DÍAS] | list | price --supplier NOMBRE --product SKU --price PRECIO</translation>
    </message>
    <message>
        <source>po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT] | list [--status S] | show|send|close|cancel NUMBER | receive NUMBER --line SKU:QTY ... | export NUMBER --format pdf|csv --out FILE</source>
        <translation>po create --supplier NOMBRE --line SKU:CANT[:COSTO] ... [--note TEXTO] | list [--status E] | show|send|close|cancel NÚMERO | receive NÚMERO --line SKU:CANT ... | export NÚMERO --format pdf|csv --out ARCHIVO</translation>
    </message>
    <message>
        <source>po %1 needs a purchase order number</source>
        <translation>po %1 necesita un número de orden de compra</translation>
    </message>
    <message>
        <source>Unknown status %1: draft, sent, partially_received, received, closed or cancelled</source>
        <translation>Estado desconocido %1: draft, sent, partially_received, received, closed o cancelled</translation>
    </message>
    <message>
        <source>--format is pdf or csv</source>
        <translation>--format es pdf o csv</translation>
    </message>
    <message>
        <source>po export needs --out FILE</source>
        <translation>po export necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>A line is SKU:QTY[:COST]: %1</source>
        <translation>Una línea es SKU:CANT[:COSTO]: %1</translation>
    </message>
    <message>
        <source>A line is SKU:QTY: %1</source>
        <translation>Una línea es SKU:CANT: %1</translation>
    </message>
    <message>
        <source>--supplier is required</source>
        <translation>--supplier es obligatorio</translation>
    </message>
    <message>
        <source>po receive needs at least one --line SKU:QTY</source>
        <translation>po receive necesita al menos una --line SKU:CANT</translation>
    </message>
    <message>
        <source>Draft purchase orders: %1 created, %2 updated; %3 suggestions already on a draft</source>
        <translation>Órdenes de compra borrador: %1 creadas, %2 actualizadas; %3 sugerencias ya estaban en un borrador</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4 lines, %5</source>
        <translation>  %1 %2 (%3): %4 líneas, %5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 suggested, no supplier on file</source>
        <translation>  %1 (%2): %3 sugeridas, sin proveedor registrado</translation>
    </message>
    <message>
        <source>--format is shopify or csv, not &quot;%1&quot;</source>
        <translation>--format es shopify o csv, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map is COLUMN=field, not &quot;%1&quot;</source>
        <translation>--map es COLUMNA=campo, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map is for --format csv: Shopify&apos;s columns are known</source>
        <translation>--map es para --format csv: las columnas de Shopify ya se conocen</translation>
    </message>
    <message>
        <source>Dry run (%1): %2 rows would create %3 and update %4 products, %5 rejected; nothing was changed</source>
        <translation>Simulación (%1): %2 filas crearían %3 y actualizarían %4 productos, %5 rechazadas; no se cambió nada</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows: %3 created, %4 updated</source>
        <translation>Importadas %1 de %2 filas: %3 creados, %4 actualizados</translation>
    </message>
    <message>
        <source>product export needs --format shopify or csv</source>
        <translation>product export necesita --format shopify o csv</translation>
    </message>
    <message>
        <source>--shopify-header is current or legacy</source>
        <translation>--shopify-header es current o legacy</translation>
    </message>
    <message>
        <source>product export needs --out FILE</source>
        <translation>product export necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 products written to %2 (%3)</source>
        <translation>%1 productos escritos en %2 (%3)</translation>
    </message>
    <message>
        <source>report daily --date YYYY-MM-DD --format pdf|csv --out FILE</source>
        <translation>report daily --date AAAA-MM-DD --format pdf|csv --out ARCHIVO</translation>
    </message>
    <message>
        <source>Missing --date: %1</source>
        <translation>Falta --date: %1</translation>
    </message>
    <message>
        <source>Missing --format: %1</source>
        <translation>Falta --format: %1</translation>
    </message>
    <message>
        <source>Missing --out: %1</source>
        <translation>Falta --out: %1</translation>
    </message>
    <message>
        <source>%1: %2 sales, net %3</source>
        <translation>%1: %2 ventas, neto %3</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Escrito en %1</translation>
    </message>
    <message>
        <source>No nightly report is due</source>
        <translation>No hay ningún informe nocturno pendiente</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Usage: bodegactl [--db PATH] [--json] [--user NAME] COMMAND
  init
  product add --name NAME [--keywords K1,K2] [--stock N] [--price AMOUNT] [--sku SKU]
              [--barcode CODE] [--threshold N] [--category C] [--no-ai]
  product import FILE.csv [--format shopify|csv] [--dry-run] [--skip-bad-rows]
                 [--map COLUMN=field ...] [--ai]
  product export --format shopify|csv --out FILE
                 [--shopify-header legacy|current]
  product list [--search TEXT] [--low] [--limit N]
  product show ID|SKU|BARCODE
  product edit ID|SKU|BARCODE [--name NAME] [--price AMOUNT] [--category C] ...
  sell ID|SKU|BARCODE [--qty N]
  sale --line CODE[:QTY] ... [--discount 10%|AMOUNT]
       --pay cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]] ...
       [--approve MANAGER] [--print] [--receipt-pdf FILE]
  receipt list [--limit N] | show RECEIPT | pdf RECEIPT --out FILE [--invoice] |
          print RECEIPT [--invoice]
  documents run | list [--failed]
  setting get KEY | set KEY VALUE   (tax.rates &quot;19; 5; 0&quot;, webhook.enabled true|false;
          receipt.printer and receipt.paper 80|58 are this terminal&apos;s, kept in its own settings file)
  stock adjust ID|SKU|BARCODE --delta N --reason TEXT
  user add NAME --role cashier|manager|admin [--pin|--password]
  user list
  user passwd NAME [--pin|--password]
  audit list [--limit N]
  return RECEIPT --line LINE_NO[:QTY] ... --reason TEXT [--approve MANAGER]
  shift open --float AMOUNT | cash --amount [-]AMOUNT --reason TEXT |
        close --counted AMOUNT [--report FILE] | status | report --out FILE
  supplier add --name NAME [--contact C] [--phone P] [--email E] [--lead-time DAYS]
  supplier list | price --supplier NAME --product SKU --price AMOUNT
  po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT]
  po list [--status S] | show|send|close|cancel NUMBER
  po receive NUMBER --line SKU:QTY ...
  po export NUMBER --format pdf|csv --out FILE
  report daily --date YYYY-MM-DD --format pdf|csv --out FILE   (--json: the figures)
  report nightly   (writes the nightly reports that are due)
  low-stock
  forecast [--product ID|SKU|BARCODE] [--record-events] [--create-po]
  alerts list [--limit N] | deliver [--timeout-ms N]   (one webhook round)
  webhook set [--url URL] [--secret-from-env VAR]   (an empty URL: off)
  outbox list
  ai suggest --name NAME [--keywords K1,K2]
  ai log [--limit N]
  ai config [--url URL] [--model M] [--key-from-env VAR] [--timeout-ms N]
            [--allow-internal-to-cloud yes|no] [--write-tools on|off] [--show]
  ask TEXT [--lang es|en]   (the assistant, as in the app&apos;s assistant pane)
  health
  demo --products N
  server migrate --url URL
  sync register --url URL --store NAME --terminal CODE
  sync run --once [--batch N]
  sync status
  sync daemon [--poll-ms N]
  mcp [--allow-writes]   (MCP server on stdin/stdout; writes: admins only)
Server URLs: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...&amp;sslrootcert=...];
the owner&apos;s password from the URL or BODEGA_SERVER_PASSWORD.
--user NAME: PIN or password from BODEGA_PASSWORD or typed; a new user&apos;s
secret from BODEGA_NEW_SECRET or typed; --approve&apos;s from BODEGA_APPROVER_PIN.
ai config --key-from-env VAR: the AI key from that variable (empty removes it),
kept in the keychain or a private file, never in the store.
</source>
        <translation>Uso: bodegactl [--db PATH] [--json] [--user NAME] COMMAND
  init
  product add --name NAME [--keywords K1,K2] [--stock N] [--price AMOUNT] [--sku SKU]
              [--barcode CODE] [--threshold N] [--category C] [--no-ai]
  product import FILE.csv [--format shopify|csv] [--dry-run] [--skip-bad-rows]
                 [--map COLUMN=field ...] [--ai]
  product export --format shopify|csv --out FILE
                 [--shopify-header legacy|current]
  product list [--search TEXT] [--low] [--limit N]
  product show ID|SKU|BARCODE
  product edit ID|SKU|BARCODE [--name NAME] [--price AMOUNT] [--category C] ...
  sell ID|SKU|BARCODE [--qty N]
  sale --line CODE[:QTY] ... [--discount 10%|AMOUNT]
       --pay cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]] ...
       [--approve MANAGER] [--print] [--receipt-pdf FILE]
  receipt list [--limit N] | show RECEIPT | pdf RECEIPT --out FILE [--invoice] |
          print RECEIPT [--invoice]
  documents run | list [--failed]
  setting get KEY | set KEY VALUE   (tax.rates &quot;19; 5; 0&quot;, webhook.enabled true|false;
          receipt.printer y receipt.paper 80|58 son de esta terminal, en su propio archivo de ajustes)
  stock adjust ID|SKU|BARCODE --delta N --reason TEXT
  user add NAME --role cashier|manager|admin [--pin|--password]
  user list
  user passwd NAME [--pin|--password]
  audit list [--limit N]
  return RECEIPT --line LINE_NO[:QTY] ... --reason TEXT [--approve MANAGER]
  shift open --float AMOUNT | cash --amount [-]AMOUNT --reason TEXT |
        close --counted AMOUNT [--report FILE] | status | report --out FILE
  supplier add --name NAME [--contact C] [--phone P] [--email E] [--lead-time DAYS]
  supplier list | price --supplier NAME --product SKU --price AMOUNT
  po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT]
  po list [--status S] | show|send|close|cancel NUMBER
  po receive NUMBER --line SKU:QTY ...
  po export NUMBER --format pdf|csv --out FILE
  report daily --date YYYY-MM-DD --format pdf|csv --out FILE   (--json: las cifras)
  report nightly   (escribe los informes nocturnos pendientes)
  low-stock
  forecast [--product ID|SKU|BARCODE] [--record-events] [--create-po]
  alerts list [--limit N] | deliver [--timeout-ms N]   (una ronda de webhooks)
  webhook set [--url URL] [--secret-from-env VAR]   (una URL vacía: desactivado)
  outbox list
  ai suggest --name NAME [--keywords K1,K2]
  ai log [--limit N]
  ai config [--url URL] [--model M] [--key-from-env VAR] [--timeout-ms N]
            [--allow-internal-to-cloud yes|no] [--write-tools on|off] [--show]
  ask TEXT [--lang es|en]   (el asistente, como en el panel del asistente de la app)
  health
  demo --products N
  server migrate --url URL
  sync register --url URL --store NAME --terminal CODE
  sync run --once [--batch N]
  sync status
  sync daemon [--poll-ms N]
  mcp [--allow-writes]   (servidor MCP en stdin/stdout; escrituras: solo administradores)
URL del servidor: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...&amp;sslrootcert=...];
la contraseña del propietario, de la URL o de BODEGA_SERVER_PASSWORD.
--user NAME: PIN o contraseña de BODEGA_PASSWORD o escrita; el secreto de un
usuario nuevo, de BODEGA_NEW_SECRET o escrito; el de --approve, de BODEGA_APPROVER_PIN.
ai config --key-from-env VAR: la clave de IA, de esa variable (vacía la quita),
guardada en el llavero o en un archivo privado, nunca en la tienda.
</translation>
    </message>
    <message>
        <source>webhook.enabled is true or false, not &quot;%1&quot;</source>
        <translation>webhook.enabled es true o false, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>bodega::Cart</name>
    <message>
        <source>%1 is no longer sold (inactive)</source>
        <translation>%1 ya no se vende (inactivo)</translation>
    </message>
    <message>
        <source>%1 is priced in %2, this sale is in %3</source>
        <translation>El precio de %1 está en %2 y esta venta es en %3</translation>
    </message>
    <message>
        <source>A sale has at most %1 lines</source>
        <translation>Una venta tiene como máximo %1 líneas</translation>
    </message>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>La cantidad es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is sold by the unit, not by weight</source>
        <translation>%1 se vende por unidad, no por peso</translation>
    </message>
    <message>
        <source>The line&apos;s amount is too large</source>
        <translation>El valor de la línea es demasiado alto</translation>
    </message>
    <message>
        <source>There is no line %1</source>
        <translation>No hay una línea %1</translation>
    </message>
    <message>
        <source>%1 has no price per unit to weigh by</source>
        <translation>%1 no tiene un precio unitario con el cual calcular el peso</translation>
    </message>
    <message>
        <source>A weighed item&apos;s quantity comes from its label</source>
        <translation>La cantidad de un producto pesado viene de su etiqueta</translation>
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
        <source>Prices in this store are in %1</source>
        <translation>Los precios de esta tienda están en %1</translation>
    </message>
    <message>
        <source>The sale has no lines</source>
        <translation>La venta no tiene líneas</translation>
    </message>
    <message>
        <source>Sales in this store are in %1</source>
        <translation>Las ventas de esta tienda son en %1</translation>
    </message>
    <message>
        <source>The payments were taken for %1, the sale now comes to %2</source>
        <translation>Los pagos se recibieron por %1, pero la venta ahora suma %2</translation>
    </message>
    <message>
        <source>A discount of more than %1 % needs a manager&apos;s approval</source>
        <translation>Un descuento de más del %1 % necesita autorización de un supervisor</translation>
    </message>
    <message>
        <source>There is no line %1</source>
        <translation>No hay una línea %1</translation>
    </message>
    <message>
        <source>Voiding a whole sale needs a manager&apos;s approval</source>
        <translation>Para anular toda la venta se necesita autorización de un supervisor</translation>
    </message>
    <message>
        <source>A return needs a reason</source>
        <translation>Una devolución necesita un motivo</translation>
    </message>
    <message>
        <source>Say which lines come back</source>
        <translation>Indique qué líneas se devuelven</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Recibo de venta</translation>
    </message>
    <message>
        <source>Line %1 is listed twice</source>
        <translation>La línea %1 aparece dos veces</translation>
    </message>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Sale %1 has no line %2</source>
        <translation>La venta %1 no tiene la línea %2</translation>
    </message>
    <message>
        <source>Line %1: only %2 can still come back</source>
        <translation>Línea %1: solo quedan %2 por devolver</translation>
    </message>
    <message>
        <source>Return of %1</source>
        <translation>Devolución de %1</translation>
    </message>
    <message>
        <source>This sale was already recorded as %1</source>
        <translation>Esta venta ya quedó registrada como %1</translation>
    </message>
    <message>
        <source>Active is yes or no, not &quot;%1&quot;</source>
        <translation>Activo es sí o no, no &quot;%1&quot;</translation>
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
    <name>bodega::CsvWriter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>No se pudo escribir el CSV: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::DailySalesReport</name>
    <message>
        <source>The day must be a date as YYYY-MM-DD: %1</source>
        <translation>El día debe ser una fecha AAAA-MM-DD: %1</translation>
    </message>
    <message>
        <source>The format is pdf or csv, not %1</source>
        <translation>El formato es pdf o csv, no %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(sin usuario)</translation>
    </message>
</context>
<context>
    <name>bodega::DashboardPage</name>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Cargando el tablero…</translation>
    </message>
    <message>
        <source>Sales &amp;by:</source>
        <translation>&amp;Ventas por:</translation>
    </message>
    <message>
        <source>Day (last 30 days)</source>
        <translation>Día (últimos 30 días)</translation>
    </message>
    <message>
        <source>Week (last 12 weeks)</source>
        <translation>Semana (últimas 12 semanas)</translation>
    </message>
    <message>
        <source>Month (last 12 months)</source>
        <translation>Mes (últimos 12 meses)</translation>
    </message>
    <message>
        <source>Stock against threshold</source>
        <translation>Stock frente al umbral</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Net sales over time</source>
        <translation>Ventas netas en el tiempo</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Más vendidos</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventas por categoría</translation>
    </message>
    <message>
        <source>Only a manager or an admin may see the dashboard: log in at the till as one. (%1)</source>
        <translation>Solo un gerente o un administrador puede ver el tablero: inicie sesión en la caja como uno de ellos. (%1)</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>No se pudo leer el tablero: %1</translation>
    </message>
    <message>
        <source>The store has no products yet. Add products (or fill the demo store) and sell: stock, sales and best sellers show here.</source>
        <translation>La tienda aún no tiene productos. Agregue productos (o llene la tienda de demostración) y venda: aquí se verán el stock, las ventas y los más vendidos.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>No product is below its threshold.</source>
        <translation>Ningún producto está por debajo de su umbral.</translation>
    </message>
    <message>
        <source>More than %1 products are below their threshold.</source>
        <translation>Más de %1 productos están por debajo de su umbral.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below their threshold.</source>
        <translation>
            <numerusform>%n producto por debajo de su umbral.</numerusform>
            <numerusform>%n productos por debajo de su umbral.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Net sales shown: %2. Updated %3.</source>
        <translation>%1 Ventas netas mostradas: %2. Actualizado %3.</translation>
    </message>
    <message>
        <source>Stock against threshold: no product is low</source>
        <translation>Stock frente al umbral: ningún producto está bajo</translation>
    </message>
    <message numerus="yes">
        <source>Stock against threshold, the %n lowest (click a bar to open the product)</source>
        <translation>
            <numerusform>Stock frente al umbral, el más bajo (haga clic en una barra para abrir el producto)</numerusform>
            <numerusform>Stock frente al umbral, los %n más bajos (haga clic en una barra para abrir el producto)</numerusform>
        </translation>
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
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>%1 (%2)
Stock %3, threshold %4</source>
        <translation>%1 (%2)
Stock %3, umbral %4</translation>
    </message>
    <message>
        <source>Days of cover: no product is low</source>
        <translation>Días de cobertura: ningún producto está bajo</translation>
    </message>
    <message>
        <source>Days of cover at the forecast pace (no bar: does not sell)</source>
        <translation>Días de cobertura al ritmo previsto (sin barra: no se vende)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>%1
%2 days of cover at %3 a day; runs out %4</source>
        <translation>%1
%2 días de cobertura a %3 por día; se agota %4</translation>
    </message>
    <message>
        <source>%1
Does not sell: no stock-out expected</source>
        <translation>%1
No se vende: no se prevé que se agote</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>Net sales %1: no sales yet</source>
        <translation>Ventas netas %1: aún no hay ventas</translation>
    </message>
    <message>
        <source>Net sales %1</source>
        <translation>Ventas netas %1</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n sale(s), net %2 (refunds %3)</source>
        <translation>
            <numerusform>%1
%n venta, neto %2 (devoluciones %3)</numerusform>
            <numerusform>%1
%n ventas, neto %2 (devoluciones %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Best sellers, last 7 days: no sales yet</source>
        <translation>Más vendidos, últimos 7 días: aún no hay ventas</translation>
    </message>
    <message>
        <source>Best sellers, last 7 days</source>
        <translation>Más vendidos, últimos 7 días</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 sold for %4</source>
        <translation>%1 (%2)
%3 vendidas por %4</translation>
    </message>
    <message>
        <source>Sales by category, last 7 days: no sales yet</source>
        <translation>Ventas por categoría, últimos 7 días: aún no hay ventas</translation>
    </message>
    <message>
        <source>Sales by category, last 7 days</source>
        <translation>Ventas por categoría, últimos 7 días</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1
%2, %3 % of net sales</source>
        <translation>%1
%2, %3 % de las ventas netas</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
</context>
<context>
    <name>bodega::DashboardQuery</name>
    <message>
        <source>The sales chart spans at most %1 days; %2 %3s do not fit.</source>
        <translation>El gráfico de ventas abarca como máximo %1 días; %2 periodos de %3 no caben.</translation>
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
    <name>bodega::Discount</name>
    <message>
        <source>A discount is between 0 % and 100 %</source>
        <translation>El descuento debe estar entre 0 % y 100 %</translation>
    </message>
    <message>
        <source>A discount cannot be negative</source>
        <translation>El descuento no puede ser negativo</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentCounter</name>
    <message>
        <source>No receipt number was issued</source>
        <translation>No se emitió ningún número de recibo</translation>
    </message>
    <message>
        <source>No purchase order number was issued</source>
        <translation>No se emitió ningún número de orden de compra</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentPrinter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Sales invoice %1</source>
        <translation>Factura de venta %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Cannot lay out %1 as a PDF</source>
        <translation>No se puede generar el PDF %1</translation>
    </message>
    <message>
        <source>There is no receipt printer</source>
        <translation>No hay impresora de recibos</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; is not available</source>
        <translation>La impresora de recibos “%1” no está disponible</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; refused the receipt</source>
        <translation>La impresora de recibos “%1” rechazó el recibo</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; failed while printing</source>
        <translation>La impresora de recibos “%1” falló al imprimir</translation>
    </message>
    <message>
        <source>No folder is set for invoices</source>
        <translation>No hay una carpeta configurada para las facturas</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Z report %1 %2</source>
        <translation>Informe Z %1 %2</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Orden de compra %1</translation>
    </message>
    <message>
        <source>Daily sales report %1</source>
        <translation>Informe diario de ventas %1</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentQueue</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>The invoice %1 cannot be read back: %2</source>
        <translation>No se puede volver a leer la factura %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentWorker</name>
    <message>
        <source>The store is not open</source>
        <translation>La tienda no está abierta</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
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
    <name>bodega::FileCredentialStore</name>
    <message>
        <source>Cannot store the password: %1</source>
        <translation>No se pudo guardar la contraseña: %1</translation>
    </message>
    <message>
        <source>a file only you can read, in %1</source>
        <translation>un archivo que solo usted puede leer, en %1</translation>
    </message>
</context>
<context>
    <name>bodega::FirstRunWizard</name>
    <message>
        <source>Set up Bodega</source>
        <translation>Configurar Bodega</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>Su tienda</translation>
    </message>
    <message>
        <source>How the store is called on receipts, the money it sells in and the IVA rates its products carry. You can change them later in Settings (Ctrl+,).</source>
        <translation>Cómo se llama la tienda en los recibos, la moneda en que vende y las tasas de IVA de sus productos. Puede cambiarlos después en Ajustes (Ctrl+,).</translation>
    </message>
    <message>
        <source>This terminal and the server</source>
        <translation>Esta terminal y el servidor</translation>
    </message>
    <message>
        <source>Each till has its own code. With a central server (optional), terminals share the catalog and stock; without one, this store works on its own and can join a server later.</source>
        <translation>Cada caja tiene su propio código. Con un servidor central (opcional), las terminales comparten el catálogo y el stock; sin él, esta tienda funciona por su cuenta y puede unirse a un servidor más adelante.</translation>
    </message>
    <message>
        <source>AI (optional)</source>
        <translation>IA (opcional)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server (Ollama, llama.cpp, OpenAI...) writes product descriptions and answers the assistant. Without one, the offline engine built into Bodega does. The key is kept in the keychain or a private file, never in the store.</source>
        <translation>Un servidor compatible con OpenAI (Ollama, llama.cpp, OpenAI...) escribe las descripciones de los productos y responde en el asistente. Sin él, lo hace el motor sin conexión incluido en Bodega. La clave se guarda en el llavero o en un archivo privado, nunca en la tienda.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Start &amp;empty: I will add or import my products</source>
        <translation>&amp;Empezar vacía: agregaré o importaré mis productos</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo store (%1 products of a Colombian mini-market) to try Bodega</source>
        <translation>Llenar con una tienda de &amp;demostración (%1 productos de un minimercado colombiano) para probar Bodega</translation>
    </message>
    <message>
        <source>Saving and registering this terminal…</source>
        <translation>Guardando y registrando esta terminal…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>No se guardó: %1 (%2)</translation>
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
    <message>
        <source>The page to open on: till or products.</source>
        <translation>Página inicial: till (caja) o products (productos).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
</context>
<context>
    <name>bodega::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Price (tax included)</source>
        <translation>Precio (IVA incluido)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Unit (unit, kg, l)</source>
        <translation>Unidad (unidad, kg, l)</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>Tasa de IVA (%)</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Umbral de stock bajo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>AI-written marks</source>
        <translation>Marcas de texto escrito por IA</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>Choose a product CSV: a Shopify product export (either header set) or any spreadsheet saved as CSV, with commas or semicolons. Nothing changes until you confirm the import.</source>
        <translation>Elija un CSV de productos: una exportación de productos de Shopify (con cualquiera de los dos encabezados) o cualquier hoja de cálculo guardada como CSV, con comas o punto y coma. No cambia nada hasta que confirme la importación.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Detected format:</source>
        <translation>Formato detectado:</translation>
    </message>
    <message>
        <source>Say what each column of the file is. The guesses come from the column names; a column set to &quot;(ignore)&quot; is not read.</source>
        <translation>Indique qué es cada columna del archivo. Las sugerencias salen de los nombres de las columnas; una columna con &quot;(ignorar)&quot; no se lee.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <source>Product field</source>
        <translation>Campo del producto</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>&amp;Skip the rejected rows and import the others</source>
        <translation>&amp;Omitir las filas rechazadas e importar las demás</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Check the file &gt;</source>
        <translation>&amp;Revisar el archivo &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>%1 — %2 columns</source>
        <translation>%1 — %2 columnas</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>Cancelling: everything is being rolled back…</source>
        <translation>Cancelando: se está deshaciendo todo…</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Revisando cada fila de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Checking: %1 rows read</source>
        <translation>Revisando: %1 filas leídas</translation>
    </message>
    <message>
        <source>Importing: %1 rows</source>
        <translation>Importando: %1 filas</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 rows read. Nothing has changed yet.&lt;br&gt;Would create: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Would update: &lt;b&gt;%4&lt;/b&gt; (matched by SKU, then barcode) &amp;nbsp;·&amp;nbsp; Rejected: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 filas leídas. Aún no ha cambiado nada.&lt;br&gt;Se crearían: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Se actualizarían: &lt;b&gt;%4&lt;/b&gt; (por SKU, luego por código de barras) &amp;nbsp;·&amp;nbsp; Rechazadas: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Línea %1: </translation>
    </message>
    <message>
        <source>Imported. Created: %1 · Updated: %2 · Rows skipped: %3</source>
        <translation>Importado. Creados: %1 · Actualizados: %2 · Filas omitidas: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>Shopify CSV, export header set (*.csv)</source>
        <translation>CSV de Shopify, encabezados de exportación (*.csv)</translation>
    </message>
    <message>
        <source>Shopify CSV, current template (*.csv)</source>
        <translation>CSV de Shopify, plantilla actual (*.csv)</translation>
    </message>
    <message>
        <source>Generic CSV (*.csv)</source>
        <translation>CSV genérico (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <source>%1 products exported to %2</source>
        <translation>%1 productos exportados a %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
</context>
<context>
    <name>bodega::ImportWorker</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::KeychainCredentialStore</name>
    <message>
        <source>the desktop keychain</source>
        <translation>el llavero de contraseñas del escritorio</translation>
    </message>
</context>
<context>
    <name>bodega::LlmEnricher</name>
    <message>
        <source>The AI answer is not the JSON object that was asked for.</source>
        <translation>La respuesta de la IA no es el objeto JSON que se pidió.</translation>
    </message>
    <message>
        <source>The AI answer has no description.</source>
        <translation>La respuesta de la IA no tiene descripción.</translation>
    </message>
    <message>
        <source>The AI suggested the category &quot;%1&quot;, which this store does not have.</source>
        <translation>La IA sugirió la categoría “%1”, que esta tienda no tiene.</translation>
    </message>
    <message>
        <source>%1 The offline assistant wrote this suggestion instead.</source>
        <translation>%1 En su lugar, el asistente sin conexión escribió esta sugerencia.</translation>
    </message>
    <message>
        <source>The AI service failed several times in a row and is paused.</source>
        <translation>El servicio de IA falló varias veces seguidas y está en pausa.</translation>
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
    <message>
        <source>webhook failed: %1</source>
        <translation>el webhook falló: %1</translation>
    </message>
    <message>
        <source>Products below their threshold</source>
        <translation>Productos por debajo de su umbral</translation>
    </message>
    <message>
        <source>Low-stock alerts</source>
        <translation>Alertas de stock bajo</translation>
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
    <message numerus="yes">
        <source>%n receipt(s) or invoice(s) waiting for a reprint: %1</source>
        <translation>
            <numerusform>%n recibo o factura pendiente de reimpresión: %1</numerusform>
            <numerusform>%n recibos o facturas pendientes de reimpresión: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) printed</source>
        <translation>
            <numerusform>%n documento impreso</numerusform>
            <numerusform>%n documentos impresos</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;ill</source>
        <translation>Ca&amp;ja</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>AI re&amp;quests</source>
        <translation>Solicitudes de IA</translation>
    </message>
    <message>
        <source>Assis&amp;tant</source>
        <translation>Asis&amp;tente</translation>
    </message>
    <message>
        <source>Show or hide the assistant (Ctrl+Shift+A)</source>
        <translation>Mostrar u ocultar el asistente (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>AI: offline engine</source>
        <translation>IA: motor sin conexión</translation>
    </message>
    <message>
        <source>AI: local · %1</source>
        <translation>IA: local · %1</translation>
    </message>
    <message>
        <source>AI: cloud · %1</source>
        <translation>IA: nube · %1</translation>
    </message>
    <message>
        <source> · breaker open</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <source> (learning the catalog…)</source>
        <translation> (aprendiendo el catálogo…)</translation>
    </message>
    <message>
        <source>No AI server is configured: the offline engine answers everything (AI log → AI settings).</source>
        <translation>No hay ningún servidor de IA configurado: el motor sin conexión responde todo (Solicitudes de IA → Ajustes de IA).</translation>
    </message>
    <message>
        <source>The AI server failed several times in a row; until it answers again, the offline engine does.</source>
        <translation>El servidor de IA falló varias veces seguidas; hasta que vuelva a responder, responde el motor sin conexión.</translation>
    </message>
    <message>
        <source>%1
Personal data goes only to a server on this computer or the offline engine.</source>
        <translation>%1
Los datos personales solo van a un servidor en este equipo o al motor sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%n low-stock webhook(s) failed for good</source>
        <translation>
            <numerusform>%n webhook de stock bajo falló definitivamente</numerusform>
            <numerusform>%n webhooks de stock bajo fallaron definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <source>Low-stock webhooks: %1</source>
        <translation>Webhooks de stock bajo: %1</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Ta&amp;blero</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>In&amp;formes</translation>
    </message>
    <message>
        <source>Pur&amp;chasing</source>
        <translation>Co&amp;mpras</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Al&amp;ertas</translation>
    </message>
    <message>
        <source>Ale&amp;rts (%1)</source>
        <translation>Al&amp;ertas (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>Store, terminal, server, AI, alerts, receipts, language (Ctrl+,)</source>
        <translation>Tienda, terminal, servidor, IA, alertas, recibos, idioma (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Ajustes guardados</translation>
    </message>
</context>
<context>
    <name>bodega::McpServer</name>
    <message>
        <source>A message is a JSON object.</source>
        <translation>Un mensaje es un objeto JSON.</translation>
    </message>
    <message>
        <source>The message is not valid JSON: %1</source>
        <translation>El mensaje no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>Send one message per line: JSON-RPC batches are only part of MCP %1.</source>
        <translation>Envíe un mensaje por línea: los lotes de JSON-RPC solo existen en MCP %1.</translation>
    </message>
    <message>
        <source>An empty batch is not a request.</source>
        <translation>Un lote vacío no es una solicitud.</translation>
    </message>
    <message>
        <source>The message needs &quot;jsonrpc&quot;: &quot;2.0&quot;.</source>
        <translation>El mensaje necesita &quot;jsonrpc&quot;: &quot;2.0&quot;.</translation>
    </message>
    <message>
        <source>The message has no method.</source>
        <translation>El mensaje no tiene método.</translation>
    </message>
    <message>
        <source>The method is a string.</source>
        <translation>El método es una cadena de texto.</translation>
    </message>
    <message>
        <source>The id is a string or a number.</source>
        <translation>El id es una cadena de texto o un número.</translation>
    </message>
    <message>
        <source>The params are an object.</source>
        <translation>Los params son un objeto.</translation>
    </message>
    <message>
        <source>This server has no method %1.</source>
        <translation>Este servidor no tiene el método %1.</translation>
    </message>
    <message>
        <source>The params of %1 are an object.</source>
        <translation>Los params de %1 son un objeto.</translation>
    </message>
    <message>
        <source>Send initialize first: the session is not initialized.</source>
        <translation>Envíe primero initialize: la sesión no está inicializada.</translation>
    </message>
    <message>
        <source>initialize is never part of a batch.</source>
        <translation>initialize nunca forma parte de un lote.</translation>
    </message>
    <message>
        <source>The session is already initialized (MCP %1).</source>
        <translation>La sesión ya está inicializada (MCP %1).</translation>
    </message>
    <message>
        <source>initialize needs protocolVersion, the MCP revision the client speaks.</source>
        <translation>initialize necesita protocolVersion, la revisión de MCP que usa el cliente.</translation>
    </message>
    <message>
        <source>Write tools are on: they change the store.</source>
        <translation>Las herramientas de escritura están activadas: modifican la tienda.</translation>
    </message>
    <message>
        <source>Read-only: tools that change the store are off.</source>
        <translation>Solo lectura: las herramientas que modifican la tienda están desactivadas.</translation>
    </message>
    <message>
        <source>Tools over one Bodega store: products, stock, low stock and sales. Amounts are integers in minor units of the store&apos;s currency. %1</source>
        <translation>Herramientas sobre una tienda de Bodega: productos, stock, stock bajo y ventas. Los valores son números enteros en unidades menores de la moneda de la tienda. %1</translation>
    </message>
    <message>
        <source>This server lists every tool at once: there is no next page.</source>
        <translation>Este servidor lista todas las herramientas de una vez: no hay página siguiente.</translation>
    </message>
    <message>
        <source>tools/call needs the tool&apos;s name.</source>
        <translation>tools/call necesita el nombre de la herramienta.</translation>
    </message>
    <message>
        <source>There is no tool %1.</source>
        <translation>No existe la herramienta %1.</translation>
    </message>
    <message>
        <source>The arguments of a tool are an object.</source>
        <translation>Los argumentos de una herramienta son un objeto.</translation>
    </message>
    <message>
        <source>The tool failed.</source>
        <translation>La herramienta falló.</translation>
    </message>
    <message>
        <source>The tool %1 failed.</source>
        <translation>La herramienta %1 falló.</translation>
    </message>
</context>
<context>
    <name>bodega::McpStdio</name>
    <message>
        <source>Could not write to the MCP client: %1</source>
        <translation>No se pudo escribir al cliente MCP: %1</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation>El mensaje tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>Could not read from the MCP client: %1</source>
        <translation>No se pudo leer del cliente MCP: %1</translation>
    </message>
    <message>
        <source>Could not set up stdout for MCP: %1</source>
        <translation>No se pudo preparar la salida estándar (stdout) para MCP: %1</translation>
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
    <name>bodega::NightlyReports</name>
    <message>
        <source>The nightly report&apos;s hour is 0 to 23, not %1</source>
        <translation>La hora del informe nocturno es de 0 a 23, no %1</translation>
    </message>
    <message>
        <source>The reports folder must be a full path: %1</source>
        <translation>La carpeta de informes debe ser una ruta completa: %1</translation>
    </message>
    <message>
        <source>Choose the day to report</source>
        <translation>Elija el día del informe</translation>
    </message>
    <message>
        <source>No PDF writer is available here</source>
        <translation>Aquí no hay ningún generador de PDF disponible</translation>
    </message>
    <message>
        <source>Cannot create the reports folder %1</source>
        <translation>No se puede crear la carpeta de informes %1</translation>
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
    <name>bodega::OpenAiChatModel</name>
    <message>
        <source>No AI model is configured.</source>
        <translation>No hay ningún modelo de IA configurado.</translation>
    </message>
    <message>
        <source>The AI server address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>La dirección del servidor de IA “%1” no es una URL http(s).</translation>
    </message>
    <message>
        <source>A chat request needs a message.</source>
        <translation>Una solicitud de chat necesita un mensaje.</translation>
    </message>
    <message>
        <source>The AI service at %1 failed repeatedly; it is tried again in %2 s.</source>
        <translation>El servicio de IA en %1 falló repetidamente; se volverá a intentar en %2 s.</translation>
    </message>
    <message>
        <source>The AI server cannot call tools (%1). Start vLLM with --enable-auto-tool-choice and --tool-call-parser, or pick a model that supports tools.</source>
        <translation>El servidor de IA no puede llamar herramientas (%1). Inicie vLLM con --enable-auto-tool-choice y --tool-call-parser, o elija un modelo que admita herramientas.</translation>
    </message>
    <message>
        <source>The AI request was downgraded too many times.</source>
        <translation>La solicitud de IA tuvo que simplificarse demasiadas veces.</translation>
    </message>
    <message>
        <source>The AI service refused the API key (HTTP %1): %2</source>
        <translation>El servicio de IA rechazó la clave de API (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The AI service does not know the model &quot;%1&quot; or the address %2 (HTTP 404): %3</source>
        <translation>El servicio de IA no conoce el modelo “%1” o la dirección %2 (HTTP 404): %3</translation>
    </message>
    <message>
        <source>The AI service rejected the request (HTTP %1): %2</source>
        <translation>El servicio de IA rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The AI service at %1 did not answer within %2 s.</source>
        <translation>El servicio de IA en %1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The AI service at %1 could not be reached: %2</source>
        <translation>No se pudo llegar al servicio de IA en %1: %2</translation>
    </message>
    <message>
        <source>The AI service is limiting requests (HTTP 429): %1</source>
        <translation>El servicio de IA está limitando las solicitudes (HTTP 429): %1</translation>
    </message>
    <message>
        <source>The AI service at %1 failed (HTTP %2): %3</source>
        <translation>El servicio de IA en %1 falló (HTTP %2): %3</translation>
    </message>
    <message>
        <source>the reply is larger than %1 MB</source>
        <translation>la respuesta ocupa más de %1 MB</translation>
    </message>
</context>
<context>
    <name>bodega::OpenAiWire</name>
    <message>
        <source>The AI service sent a reply that could not be read (%1): %2</source>
        <translation>El servicio de IA envió una respuesta que no se pudo leer (%1): %2</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>The AI service failed: %1</source>
        <translation>El servicio de IA falló: %1</translation>
    </message>
    <message>
        <source>no choice in the reply</source>
        <translation>no hay ninguna opción (choice) en la respuesta</translation>
    </message>
    <message>
        <source>no message in the choice</source>
        <translation>no hay ningún mensaje en la opción</translation>
    </message>
    <message>
        <source>content is not text</source>
        <translation>el contenido no es texto</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>a tool call without a name</source>
        <translation>una llamada a herramienta sin nombre</translation>
    </message>
    <message>
        <source>no model list in the reply</source>
        <translation>no hay lista de modelos en la respuesta</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>an event line is too long</source>
        <translation>una línea de evento es demasiado larga</translation>
    </message>
    <message>
        <source>an event is too long</source>
        <translation>un evento es demasiado largo</translation>
    </message>
    <message>
        <source>an event is not a JSON object (chunk %1)</source>
        <translation>un evento no es un objeto JSON (fragmento %1)</translation>
    </message>
    <message>
        <source>The AI service failed while answering: %1</source>
        <translation>El servicio de IA falló mientras respondía: %1</translation>
    </message>
    <message>
        <source>tool call index %1</source>
        <translation>índice de llamada a herramienta %1</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>la transmisión terminó antes de completar la respuesta</translation>
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
    <message>
        <source>Stock-out forecast</source>
        <translation>Agotamiento previsto</translation>
    </message>
    <message>
        <source>Invoice PDF ready</source>
        <translation>Factura PDF lista</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>bodega::PasswordHasher</name>
    <message>
        <source>The cryptography library did not start</source>
        <translation>La biblioteca de criptografía no se pudo iniciar</translation>
    </message>
    <message>
        <source>Not enough memory to hash the secret</source>
        <translation>No hay memoria suficiente para procesar el PIN o la contraseña</translation>
    </message>
</context>
<context>
    <name>bodega::PosPage</name>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Escanear o buscar</translation>
    </message>
    <message>
        <source>Scan a barcode or type a product name</source>
        <translation>Escanee un código de barras o escriba el nombre de un producto</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>Sale lines</source>
        <translation>Líneas de la venta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>F2 Quantity</source>
        <translation>F2 Cantidad</translation>
    </message>
    <message>
        <source>F3 Line discount</source>
        <translation>F3 Descuento de línea</translation>
    </message>
    <message>
        <source>F4 Sale discount</source>
        <translation>F4 Descuento de venta</translation>
    </message>
    <message>
        <source>F8 Void line</source>
        <translation>F8 Anular línea</translation>
    </message>
    <message>
        <source>F9 New sale</source>
        <translation>F9 Nueva venta</translation>
    </message>
    <message>
        <source>F12 Pay</source>
        <translation>F12 Cobrar</translation>
    </message>
    <message>
        <source>Till locked: log in to sell</source>
        <translation>Caja bloqueada: inicie sesión para vender</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total a pagar</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Valor recibido</translation>
    </message>
    <message>
        <source>Authorisation or reference</source>
        <translation>Autorización o referencia</translation>
    </message>
    <message>
        <source>F5 Method</source>
        <translation>F5 Medio de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Enter adds the payment; the sale completes when it is paid in full. Esc goes back to the sale.</source>
        <translation>Enter agrega el pago; la venta se completa cuando queda totalmente pagada. Esc vuelve a la venta.</translation>
    </message>
    <message>
        <source>Scan a product first</source>
        <translation>Primero escanee un producto</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Descuento de línea</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Descuento de venta</translation>
    </message>
    <message>
        <source>10% or an amount, then Enter (Esc cancels)</source>
        <translation>10% o un valor, luego Enter (Esc cancela)</translation>
    </message>
    <message>
        <source>New quantity, then Enter (Esc cancels)</source>
        <translation>Nueva cantidad, luego Enter (Esc cancela)</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;</source>
        <translation>Ningún producto coincide con “%1”</translation>
    </message>
    <message>
        <source>Finish or cancel the payment before adding products</source>
        <translation>Termine o cancele el cobro antes de agregar productos</translation>
    </message>
    <message>
        <source>There is no line to void</source>
        <translation>No hay ninguna línea para anular</translation>
    </message>
    <message>
        <source>Line voided: %1</source>
        <translation>Línea anulada: %1</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Payment cancelled: the sale is still open</source>
        <translation>Cobro cancelado: la venta sigue abierta</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Registrando la venta…</translation>
    </message>
    <message>
        <source>Sale %1 recorded. Change: %2</source>
        <translation>Venta %1 registrada. Cambio: %2</translation>
    </message>
    <message>
        <source>Sale %1 recorded.</source>
        <translation>Venta %1 registrada.</translation>
    </message>
    <message>
        <source>Stock went below zero: count the shelf.</source>
        <translation>El stock quedó por debajo de cero: cuente las unidades en el estante.</translation>
    </message>
    <message>
        <source>Change
%1</source>
        <translation>Cambio
%1</translation>
    </message>
    <message>
        <source>Paid exactly</source>
        <translation>Pago exacto</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cajero: %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>No product with the code %1</source>
        <translation>Ningún producto tiene el código %1</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>La venta no se registró: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts: %1</source>
        <translation>Descuentos: %1</translation>
    </message>
    <message>
        <source>VAT included: %1</source>
        <translation>IVA incluido: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Por pagar: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager&apos;s user name, then Enter (Esc cancels)</source>
        <translation>Usuario del supervisor, luego Enter (Esc cancela)</translation>
    </message>
    <message>
        <source>Not approved: change the discount or ask a manager</source>
        <translation>No autorizado: cambie el descuento o llame a un supervisor</translation>
    </message>
    <message>
        <source>The void was not recorded: %1</source>
        <translation>La anulación no se registró: %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, then Enter</source>
        <translation>PIN de %1, luego Enter</translation>
    </message>
    <message>
        <source>Approved by %1. Recording the sale…</source>
        <translation>Autorizado por %1. Registrando la venta…</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Venta anulada</translation>
    </message>
    <message>
        <source>F7 Reprint</source>
        <translation>F7 Reimprimir</translation>
    </message>
    <message>
        <source>No sale to reprint yet</source>
        <translation>Todavía no hay ninguna venta para reimprimir</translation>
    </message>
    <message>
        <source>Reprinting receipt %1</source>
        <translation>Reimprimiendo el recibo %1</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Ventas recientes</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>F6 Shift</source>
        <translation>F6 Turno</translation>
    </message>
    <message>
        <source>F10 History</source>
        <translation>F10 Historial</translation>
    </message>
    <message>
        <source>F2 Cash in</source>
        <translation>F2 Entrada</translation>
    </message>
    <message>
        <source>F3 Cash out</source>
        <translation>F3 Salida</translation>
    </message>
    <message>
        <source>F4 X report</source>
        <translation>F4 Informe X</translation>
    </message>
    <message>
        <source>F12 Close shift</source>
        <translation>F12 Cerrar turno</translation>
    </message>
    <message>
        <source>Reprint a sale</source>
        <translation>Reimprimir una venta</translation>
    </message>
    <message>
        <source>Up and Down choose a sale in the list.</source>
        <translation>Las flechas arriba y abajo eligen una venta de la lista.</translation>
    </message>
    <message>
        <source>Enter Reprint the receipt</source>
        <translation>Enter Reimprimir el recibo</translation>
    </message>
    <message>
        <source>F5 Reprint the invoice (A4)</source>
        <translation>F5 Reimprimir la factura (A4)</translation>
    </message>
    <message>
        <source>Esc Back to the sale</source>
        <translation>Esc Volver a la venta</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Loading the shift…</source>
        <translation>Cargando el turno…</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter reprints (Esc goes back)</source>
        <translation>Flechas para elegir, Enter reimprime (Esc vuelve)</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No shift is open: type the float first</source>
        <translation>No hay un turno abierto: escriba primero la base</translation>
    </message>
    <message>
        <source>Writing the X report…</source>
        <translation>Generando el informe X…</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1</source>
        <translation>Turno abierto con una base de %1</translation>
    </message>
    <message>
        <source>Cash in recorded: %1</source>
        <translation>Entrada de efectivo registrada: %1</translation>
    </message>
    <message>
        <source>Cash out recorded: %1</source>
        <translation>Salida de efectivo registrada: %1</translation>
    </message>
    <message>
        <source>Shift closed. Writing the Z report…</source>
        <translation>Turno cerrado. Generando el informe Z…</translation>
    </message>
    <message>
        <source>No shift open at this till</source>
        <translation>No hay un turno abierto en esta caja</translation>
    </message>
    <message>
        <source>Shift open since %1</source>
        <translation>Turno abierto desde %1</translation>
    </message>
    <message>
        <source>Shift closed at %1</source>
        <translation>Turno cerrado el %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Devoluciones: %1</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Base de caja</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventas en efectivo</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Devoluciones en efectivo</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Missing
%1</source>
        <translation>Faltante
%1</translation>
    </message>
    <message>
        <source>Over
%1</source>
        <translation>Sobrante
%1</translation>
    </message>
    <message>
        <source>The cash is right</source>
        <translation>El efectivo cuadra</translation>
    </message>
    <message>
        <source>Type why the cash moved, then Enter (Esc cancels).</source>
        <translation>Escriba el motivo del movimiento y Enter (Esc cancela).</translation>
    </message>
    <message>
        <source>Count the drawer and type the cash in it, then Enter (Esc cancels).</source>
        <translation>Cuente el cajón, escriba el efectivo que hay y Enter (Esc cancela).</translation>
    </message>
    <message>
        <source>Type the amount, then Enter (Esc cancels).</source>
        <translation>Escriba el valor y Enter (Esc cancela).</translation>
    </message>
    <message>
        <source>Esc goes back to the sale.</source>
        <translation>Esc vuelve a la venta.</translation>
    </message>
    <message>
        <source>Type a cash float and Enter to open the next shift, or Esc to go back to the sale.</source>
        <translation>Escriba una base y Enter para abrir el siguiente turno, o Esc para volver a la venta.</translation>
    </message>
    <message>
        <source>Type the cash float in the drawer and Enter to open the shift. Esc goes back to the sale.</source>
        <translation>Escriba la base de caja del cajón y Enter para abrir el turno. Esc vuelve a la venta.</translation>
    </message>
    <message>
        <source>Reason, then Enter</source>
        <translation>Motivo y Enter</translation>
    </message>
    <message>
        <source>Counted cash, then Enter</source>
        <translation>Efectivo contado y Enter</translation>
    </message>
    <message>
        <source>Amount, then Enter</source>
        <translation>Valor y Enter</translation>
    </message>
    <message>
        <source>F2 cash in, F3 cash out, F4 X report, F12 close</source>
        <translation>F2 entrada, F3 salida, F4 informe X, F12 cerrar</translation>
    </message>
    <message>
        <source>Cash float, then Enter</source>
        <translation>Base de caja y Enter</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>El informe no se generó: %1</translation>
    </message>
    <message>
        <source>Z report written to %1</source>
        <translation>Informe Z guardado en %1</translation>
    </message>
    <message>
        <source>X report written to %1</source>
        <translation>Informe X guardado en %1</translation>
    </message>
    <message>
        <source>No sales yet</source>
        <translation>Aún no hay ventas</translation>
    </message>
    <message numerus="yes">
        <source>%n recent sale(s): choose one to reprint</source>
        <translation>
            <numerusform>%n venta reciente: elíjala para reimprimir</numerusform>
            <numerusform>%n ventas recientes: elija una para reimprimir</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sale first</source>
        <translation>Elija primero una venta</translation>
    </message>
    <message>
        <source>Reprinting invoice %1</source>
        <translation>Reimprimiendo la factura %1</translation>
    </message>
    <message>
        <source>Esc goes back to the sale before scanning</source>
        <translation>Esc vuelve a la venta antes de escanear</translation>
    </message>
</context>
<context>
    <name>bodega::ProductCsvColumns</name>
    <message>
        <source>Generic CSV</source>
        <translation>CSV genérico</translation>
    </message>
    <message>
        <source>Shopify (current template)</source>
        <translation>Shopify (plantilla actual)</translation>
    </message>
    <message>
        <source>Shopify (older export)</source>
        <translation>Shopify (exportación anterior)</translation>
    </message>
</context>
<context>
    <name>bodega::ProductCsvReader</name>
    <message>
        <source>The file has no column &quot;%1&quot;</source>
        <translation>El archivo no tiene la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use one of %2</source>
        <translation>Campo desconocido &quot;%1&quot;: use uno de %2</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1</source>
        <translation>Hay dos columnas asignadas a %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>Line 1: the header has no &quot;name&quot; column</source>
        <translation>Línea 1: el encabezado no tiene la columna &quot;name&quot;</translation>
    </message>
    <message>
        <source>Line 1: this Shopify file has no &quot;%1&quot; column</source>
        <translation>Línea 1: este archivo de Shopify no tiene la columna &quot;%1&quot;</translation>
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
        <translation>Palabras cla&amp;ve</translation>
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
    <message>
        <source>The IVA rates the store was set up with (Settings); the price includes it.</source>
        <translation>Las tasas de IVA con que se configuró la tienda (Ajustes); el precio lo incluye.</translation>
    </message>
    <message>
        <source>IVA rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 % (not one of the store&apos;s rates)</source>
        <translation>%1 % (no es una de las tasas de la tienda)</translation>
    </message>
</context>
<context>
    <name>bodega::ProductImport</name>
    <message>
        <source>SKU %1 appears twice in the file</source>
        <translation>El SKU %1 aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>Barcode %1 appears twice in the file</source>
        <translation>El código de barras %1 aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>Stock counted in an import</source>
        <translation>Stock contado en una importación</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2 is not one of the store&apos;s tax rates (%3)</source>
        <translation>Columna &quot;%1&quot;: %2 no es una de las tasas de IVA de la tienda (%3)</translation>
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
        <translation>Simular venta (&amp;1 unidad)</translation>
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
    <message>
        <source>Product form</source>
        <translation>Ficha del producto</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import products from a Shopify or other CSV file</source>
        <translation>Importar productos desde un archivo CSV de Shopify u otro</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export every product as a Shopify or generic CSV file</source>
        <translation>Exportar todos los productos como archivo CSV de Shopify o genérico</translation>
    </message>
</context>
<context>
    <name>bodega::PurchaseOrderBook</name>
    <message>
        <source>A purchase order needs at least one line</source>
        <translation>Una orden de compra necesita al menos una línea</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters</source>
        <translation>La nota tiene más de 500 caracteres</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero</source>
        <translation>Línea %1: la cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Line %1: the unit cost cannot be negative</source>
        <translation>Línea %1: el costo unitario no puede ser negativo</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2: it cannot become %3</source>
        <translation>La orden de compra %1 está en %2: no puede pasar a %3</translation>
    </message>
    <message>
        <source>Say what arrived: at least one product and quantity</source>
        <translation>Indique qué llegó: al menos un producto y una cantidad</translation>
    </message>
    <message>
        <source>%1 is not on purchase order %2</source>
        <translation>%1 no está en la orden de compra %2</translation>
    </message>
    <message>
        <source>%1: the quantity received must be more than zero</source>
        <translation>%1: la cantidad recibida debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1: %2 received but only %3 outstanding on %4</source>
        <translation>%1: se recibieron %2, pero solo quedan %3 pendientes en %4</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Orden de compra %1</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2: only a draft&apos;s lines can change</source>
        <translation>La orden de compra %1 está %2: solo se pueden cambiar las líneas de un borrador</translation>
    </message>
    <message>
        <source>Say which product to add</source>
        <translation>Indique qué producto agregar</translation>
    </message>
    <message>
        <source>Purchase order %1 has no line %2</source>
        <translation>La orden de compra %1 no tiene la línea %2</translation>
    </message>
    <message>
        <source>%1 is the last line of %2: cancel the order instead</source>
        <translation>%1 es la última línea de %2: mejor cancele la orden</translation>
    </message>
</context>
<context>
    <name>bodega::PurchasingPage</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibida en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Export purchase order</source>
        <translation>Exportar orden de compra</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Órdenes de compra</translation>
    </message>
    <message>
        <source>Reorder suggestions</source>
        <translation>Sugerencias de pedido</translation>
    </message>
    <message>
        <source>Supplier %1 saved</source>
        <translation>Proveedor %1 guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n draft purchase order(s) created</source>
        <translation>
            <numerusform>%n orden de compra borrador creada</numerusform>
            <numerusform>%n órdenes de compra borrador creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) updated</source>
        <translation>
            <numerusform>%n borrador actualizado</numerusform>
            <numerusform>%n borradores actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) already on a draft</source>
        <translation>
            <numerusform>%n sugerencia ya estaba en un borrador</numerusform>
            <numerusform>%n sugerencias ya estaban en un borrador</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier on file for: %1</source>
        <translation>No hay proveedor registrado para: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Escrito en %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Distribuidora Andina</source>
        <translation>Distribuidora Andina</translation>
    </message>
    <message>
        <source>Who takes the orders</source>
        <translation>Quién recibe los pedidos</translation>
    </message>
    <message>
        <source>orders@supplier.com</source>
        <translation>pedidos@proveedor.com</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>Save supplier</source>
        <translation>Guardar proveedor</translation>
    </message>
    <message>
        <source>What this supplier charges</source>
        <translation>Lo que cobra este proveedor</translation>
    </message>
    <message>
        <source>Supplier prices</source>
        <translation>Precios del proveedor</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU o código de barras</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Fijar precio</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todas las órdenes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Choose a purchase order.</source>
        <translation>Elija una orden de compra.</translation>
    </message>
    <message>
        <source>Purchase order lines</source>
        <translation>Líneas de la orden de compra</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>Llegó ahora</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Agregar línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Books what you typed under &quot;Arrived now&quot; into stock</source>
        <translation>Registra en el stock lo que escribió en &quot;Llegó ahora&quot;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar orden</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Choose the line to remove</source>
        <translation>Elija la línea que quiere quitar</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 (lead time %n day(s))</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 (plazo de entrega %n día)</numerusform>
            <numerusform>%1 · %2 · %3 · %4 (plazo de entrega %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>%1 pendiente</translation>
    </message>
    <message>
        <source>Type under &quot;Arrived now&quot; what came for each line</source>
        <translation>Escriba en &quot;Llegó ahora&quot; lo que llegó de cada línea</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>What the recent sales say to order, with each supplier&apos;s lead time and a safety stock. Drafts are orders you can still change before sending.</source>
        <translation>Lo que las ventas recientes indican pedir, con el plazo de entrega de cada proveedor y un stock de seguridad. Los borradores son órdenes que aún puede cambiar antes de enviarlas.</translation>
    </message>
    <message>
        <source>Create draft purchase &amp;orders</source>
        <translation>Crear b&amp;orradores de órdenes de compra</translation>
    </message>
    <message>
        <source>One draft per supplier at the suggested quantities; a supplier&apos;s open draft is topped up rather than duplicated</source>
        <translation>Un borrador por proveedor con las cantidades sugeridas; si el proveedor ya tiene un borrador abierto, se completa en lugar de duplicarlo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Se agota</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not within a year</source>
        <translation>no en menos de un año</translation>
    </message>
    <message>
        <source>no supplier</source>
        <translation>sin proveedor</translation>
    </message>
    <message>
        <source>%1 (not on file)</source>
        <translation>%1 (no registrado)</translation>
    </message>
    <message>
        <source>Nothing to order: every product that sells has enough cover.</source>
        <translation>Nada que pedir: todos los productos que se venden tienen cobertura suficiente.</translation>
    </message>
</context>
<context>
    <name>bodega::PurchasingWorker</name>
    <message>
        <source>Draft purchase order created</source>
        <translation>Orden de compra borrador creada</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Línea agregada</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Línea quitada</translation>
    </message>
    <message>
        <source>Purchase order sent</source>
        <translation>Orden de compra enviada</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) booked</source>
        <translation>
            <numerusform>%n movimiento de stock registrado</numerusform>
            <numerusform>%n movimientos de stock registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase order closed</source>
        <translation>Orden de compra cerrada</translation>
    </message>
    <message>
        <source>Purchase order cancelled</source>
        <translation>Orden de compra cancelada</translation>
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
    <name>bodega::ReceiptBook</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
</context>
<context>
    <name>bodega::ReceiptLayout</name>
    <message>
        <source>NIT %1</source>
        <translation>NIT %1</translation>
    </message>
    <message>
        <source>Sales invoice %1</source>
        <translation>Factura de venta %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Caja %1</translation>
    </message>
    <message>
        <source>Till %1 · %2</source>
        <translation>Caja %1 · %2</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>  Discount</source>
        <translation>  Descuento</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>IVA %1 sobre %2</translation>
    </message>
    <message>
        <source>%1 (ref. %2)</source>
        <translation>%1 (ref. %2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Thank you for your purchase</source>
        <translation>Gracias por su compra</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>Informe X (turno aún abierto)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Total de ventas</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Base de caja</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventas en efectivo</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Devoluciones en efectivo</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entradas de efectivo</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salidas de efectivo</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Sobrante</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>%1, VAT %2</source>
        <translation>%1, IVA %2</translation>
    </message>
    <message>
        <source>Refunds not in cash</source>
        <translation>Devoluciones no en efectivo</translation>
    </message>
    <message>
        <source>of split-tender sales</source>
        <translation>de ventas con pago mixto</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Orden de compra %1</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lead time: %n day(s)</source>
        <translation>
            <numerusform>Tiempo de entrega: %n día</numerusform>
            <numerusform>Tiempo de entrega: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (recibido %2)</translation>
    </message>
    <message>
        <source>Daily sales report</source>
        <translation>Informe diario de ventas</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado %1</translation>
    </message>
    <message>
        <source>Gross (before discounts)</source>
        <translation>Bruto (antes de descuentos)</translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n return(s))</source>
        <translation>
            <numerusform>Devoluciones (%n devolución)</numerusform>
            <numerusform>Devoluciones (%n devoluciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NETO</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>de lo cual IVA</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Artículos vendidos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Por medio de pago</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Cash refunds include %1 of split-tender sales</source>
        <translation>Las devoluciones en efectivo incluyen %1 de ventas con pago mixto</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Por cajero</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>IVA por tasa</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>bodega::ReorderDrafter</name>
    <message>
        <source>Drafted from the reorder suggestions</source>
        <translation>Redactada a partir de las sugerencias de pedido</translation>
    </message>
</context>
<context>
    <name>bodega::ReportsPage</name>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Daily sales reports</source>
        <translation>Informes diarios de ventas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Generate now</source>
        <translation>Generar ahora</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Generate PDF and CSV</source>
        <translation>&amp;Generar PDF y CSV</translation>
    </message>
    <message>
        <source>Nightly report (admins)</source>
        <translation>Informe nocturno (administradores)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>&quot;reports&quot; beside the store</source>
        <translation>&quot;reports&quot; junto a la tienda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Carpeta de informes</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Nightly report settings saved</source>
        <translation>Ajustes del informe nocturno guardados</translation>
    </message>
    <message>
        <source>Generating the report of %1…</source>
        <translation>Generando el informe de %1…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message numerus="yes">
        <source>%n report file(s) in %1. The nightly report is written at %2:00 (last: %3).</source>
        <translation>
            <numerusform>%n archivo de informe en %1. El informe nocturno se escribe a las %2:00 (último: %3).</numerusform>
            <numerusform>%n archivos de informe en %1. El informe nocturno se escribe a las %2:00 (último: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager or an admin may see the sales reports, and only an admin may change the nightly report: log in at the till as one. (%1)</source>
        <translation>Solo un gerente o un administrador puede ver los informes de ventas, y solo un administrador puede cambiar el informe nocturno: inicie sesión en la caja como uno de ellos. (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bodega::SalesReport</name>
    <message>
        <source>Give either a named period or dates (from, to), not both.</source>
        <translation>Indique un período con nombre o fechas (desde, hasta), no ambos.</translation>
    </message>
    <message>
        <source>The first day must be a date (YYYY-MM-DD): %1</source>
        <translation>El primer día debe ser una fecha (AAAA-MM-DD): %1</translation>
    </message>
    <message>
        <source>The last day must be a date (YYYY-MM-DD) on or after the first: %1</source>
        <translation>El último día debe ser una fecha (AAAA-MM-DD) igual o posterior al primero: %1</translation>
    </message>
    <message>
        <source>A period may span at most %1 days.</source>
        <translation>Un período puede abarcar como máximo %1 días.</translation>
    </message>
    <message>
        <source>Unknown period %1; one of %2</source>
        <translation>Período desconocido: %1; use uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>bodega::ScaleBarcodeFormat</name>
    <message>
        <source>Scale label prefixes are two digits from 20 to 29, e.g. 20-29 or 20,28</source>
        <translation>Los prefijos de las etiquetas de balanza son dos dígitos de 20 a 29, p. ej. 20-29 o 20,28</translation>
    </message>
    <message>
        <source>Give at least one scale label prefix</source>
        <translation>Indique al menos un prefijo de etiqueta de balanza</translation>
    </message>
    <message>
        <source>The scale&apos;s item code has 4, 5 or 6 digits</source>
        <translation>El código del artículo en la balanza tiene 4, 5 o 6 dígitos</translation>
    </message>
    <message>
        <source>Scale labels carry a weight or a price</source>
        <translation>Las etiquetas de balanza llevan un peso o un precio</translation>
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
    <name>bodega::ServerMigrator</name>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this Bodega knows (%2); update Bodega</source>
        <translation>El esquema del servidor (versión %1) es más reciente que el que conoce esta versión de Bodega (%2); actualice Bodega</translation>
    </message>
</context>
<context>
    <name>bodega::ServerProbe</name>
    <message>
        <source>The server answers, but its database has no Bodega schema yet: run bodegactl server migrate --url %1</source>
        <translation>El servidor responde, pero su base de datos aún no tiene el esquema de Bodega: ejecute bodegactl server migrate --url %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this Bodega knows (%2); update Bodega</source>
        <translation>El esquema del servidor (versión %1) es más nuevo que el que conoce este Bodega (%2); actualice Bodega</translation>
    </message>
</context>
<context>
    <name>bodega::ServerProblem</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>not a time-ordered id (UUIDv7)</source>
        <translation>no es un identificador ordenado por tiempo (UUIDv7)</translation>
    </message>
    <message>
        <source>not an id (UUID)</source>
        <translation>no es un identificador (UUID)</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>neither yes nor no</source>
        <translation>no es sí o no</translation>
    </message>
    <message>
        <source>not a positive whole number</source>
        <translation>no es un número entero positivo</translation>
    </message>
    <message>
        <source>not a whole number other than zero</source>
        <translation>no es un número entero distinto de cero</translation>
    </message>
    <message>
        <source>not an amount of zero or more</source>
        <translation>no es un monto de cero o más</translation>
    </message>
    <message>
        <source>not a currency code (ISO 4217)</source>
        <translation>no es un código de moneda (ISO 4217)</translation>
    </message>
    <message>
        <source>not a SHA-256 digest</source>
        <translation>no es un hash SHA-256</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>no es un valor válido</translation>
    </message>
    <message>
        <source>a value the server does not know</source>
        <translation>un valor que el servidor no conoce</translation>
    </message>
    <message>
        <source>a kind of event the server does not know</source>
        <translation>un tipo de evento que el servidor no conoce</translation>
    </message>
    <message>
        <source>a version the server does not support</source>
        <translation>una versión que el servidor no admite</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>a line is malformed</source>
        <translation>una línea está mal formada</translation>
    </message>
    <message>
        <source>sent twice in the same batch</source>
        <translation>repetido en el mismo lote</translation>
    </message>
    <message>
        <source>already used by another sale</source>
        <translation>ya se usó en otra venta</translation>
    </message>
    <message>
        <source>a product the server does not have</source>
        <translation>un producto que el servidor no conoce</translation>
    </message>
    <message>
        <source>a product the server does not have (%1)</source>
        <translation>un producto que el servidor no conoce (%1)</translation>
    </message>
    <message>
        <source>this store sells in %1</source>
        <translation>esta tienda vende en %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Campo %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Only an admin can change the store&apos;s settings; you can change the language of this computer.</source>
        <translation>Solo un administrador puede cambiar los ajustes de la tienda; usted puede cambiar el idioma de este computador.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>&amp;Privacy and more AI settings…</source>
        <translation>Privacidad y más a&amp;justes de IA…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>https://n8n.example.com/webhook/bodega — empty: none</source>
        <translation>https://n8n.example.com/webhook/bodega — vacío: ninguno</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>Dirección del &amp;webhook:</translation>
    </message>
    <message>
        <source>Send low-stock &amp;alerts to it</source>
        <translation>Enviarle las alertas de &amp;stock bajo</translation>
    </message>
    <message>
        <source>HMAC &amp;secret:</source>
        <translation>Secreto &amp;HMAC:</translation>
    </message>
    <message>
        <source>&amp;Remove the stored secret (send unsigned)</source>
        <translation>&amp;Quitar el secreto guardado (enviar sin firma)</translation>
    </message>
    <message>
        <source>Each alert is signed with the secret (X-Bodega-Signature) so the receiver can tell it comes from this store.</source>
        <translation>Cada alerta se firma con el secreto (X-Bodega-Signature) para que el receptor sepa que viene de esta tienda.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>La impresora predeterminada del sistema</translation>
    </message>
    <message>
        <source>Receipt &amp;printer:</source>
        <translation>Imp&amp;resora de recibos:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Takes effect after restart.</source>
        <translation>Se aplica después de reiniciar.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Registered as terminal %1 of store &quot;%2&quot; at %3. To register again (another server or code), type the owner&apos;s address below.</source>
        <translation>Registrada como terminal %1 de la tienda &quot;%2&quot; en %3. Para registrarla de nuevo (otro servidor u otro código), escriba abajo la dirección del propietario.</translation>
    </message>
    <message>
        <source>Not registered with a server: this store works on its own. To join one, type the owner&apos;s address below.</source>
        <translation>Sin registro en un servidor: esta tienda funciona por su cuenta. Para unirse a uno, escriba abajo la dirección del propietario.</translation>
    </message>
    <message>
        <source>a secret is stored (%1): type to replace it</source>
        <translation>hay un secreto guardado (%1): escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>none; kept in %1</source>
        <translation>ninguno; se guarda en %1</translation>
    </message>
    <message>
        <source>Saving and registering this terminal…</source>
        <translation>Guardando y registrando esta terminal…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>No se guardó: %1 (%2)</translation>
    </message>
    <message>
        <source>80 mm roll (72 mm printed)</source>
        <translation>Rollo de 80 mm (72 mm impresos)</translation>
    </message>
    <message>
        <source>58 mm roll (48 mm printed)</source>
        <translation>Rollo de 58 mm (48 mm impresos)</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Formato del papel:</translation>
    </message>
    <message>
        <source>The printer and its roll are this computer&apos;s, for receipts and Z reports; invoices are A4 PDFs.</source>
        <translation>La impresora y su rollo son de este computador, para recibos e informes Z; las facturas son PDF en A4.</translation>
    </message>
</context>
<context>
    <name>bodega::Settlement</name>
    <message>
        <source>This sale is paid in %1</source>
        <translation>Esta venta se paga en %1</translation>
    </message>
    <message>
        <source>A payment must be more than zero</source>
        <translation>Un pago debe ser mayor que cero</translation>
    </message>
    <message>
        <source>The payment is too large</source>
        <translation>El pago es demasiado alto</translation>
    </message>
    <message>
        <source>The sale is already paid</source>
        <translation>La venta ya está pagada</translation>
    </message>
    <message>
        <source>Type the authorisation number from the card terminal</source>
        <translation>Escriba el número de autorización del datáfono</translation>
    </message>
    <message>
        <source>Type the transaction reference the customer shows</source>
        <translation>Escriba la referencia de la transacción que le muestra el cliente</translation>
    </message>
    <message>
        <source>The reference is longer than 64 characters</source>
        <translation>La referencia tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>Say which wallet: Nequi, Daviplata, ...</source>
        <translation>Indique la billetera: Nequi, Daviplata, ...</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due (%1)</source>
        <translation>Solo el efectivo puede superar el saldo pendiente (%1)</translation>
    </message>
    <message>
        <source>There is no payment %1</source>
        <translation>No hay un pago %1</translation>
    </message>
    <message>
        <source>%1 is still due</source>
        <translation>Faltan %1 por pagar</translation>
    </message>
</context>
<context>
    <name>bodega::SetupForm</name>
    <message>
        <source>Mi Bodega</source>
        <translation>Mi Bodega</translation>
    </message>
    <message>
        <source>No connection: %1 (%2)</source>
        <translation>Sin conexión: %1 (%2)</translation>
    </message>
    <message>
        <source>COP — Colombian peso</source>
        <translation>COP — Peso colombiano</translation>
    </message>
    <message>
        <source>MXN — Mexican peso</source>
        <translation>MXN — Peso mexicano</translation>
    </message>
    <message>
        <source>PEN — Peruvian sol</source>
        <translation>PEN — Sol peruano</translation>
    </message>
    <message>
        <source>CLP — Chilean peso</source>
        <translation>CLP — Peso chileno</translation>
    </message>
    <message>
        <source>USD — US dollar</source>
        <translation>USD — Dólar estadounidense</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1, Bodega schema %2.</source>
        <translation>Conectado a PostgreSQL %1, esquema de Bodega %2.</translation>
    </message>
    <message>
        <source>The store already exists there (sells in %1): this terminal joins it.</source>
        <translation>La tienda ya existe allí (vende en %1): esta terminal se une a ella.</translation>
    </message>
    <message>
        <source>Connected (%1): %2 answered in %3 ms</source>
        <translation>Conectado (%1): %2 respondió en %3 ms</translation>
    </message>
    <message>
        <source>server on this computer</source>
        <translation>servidor en este computador</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>e.g. Tienda Doña Rosa</source>
        <translation>p. ej. Tienda Doña Rosa</translation>
    </message>
    <message>
        <source>&amp;Store name:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>The VAT (IVA) rates products can carry, in percent, separated by semicolons; the first is the usual one.</source>
        <translation>Las tasas de IVA que pueden llevar los productos, en porcentaje, separadas por punto y coma; la primera es la habitual.</translation>
    </message>
    <message>
        <source>&amp;IVA rates (%):</source>
        <translation>Tasas de &amp;IVA (%):</translation>
    </message>
    <message>
        <source>Letters and digits, at most 16: receipts are numbered after it (T01-000123).</source>
        <translation>Letras y dígitos, máximo 16: los recibos se numeran a partir de él (T01-000123).</translation>
    </message>
    <message>
        <source>&amp;Terminal code:</source>
        <translation>Código de &amp;terminal:</translation>
    </message>
    <message>
        <source>postgresql://owner@server:5432/bodega — empty: no server</source>
        <translation>postgresql://owner@server:5432/bodega — vacío: sin servidor</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Used once to register this terminal; never stored. The terminal gets a login of its own.</source>
        <translation>Se usa una sola vez para registrar esta terminal; nunca se guarda. La terminal recibe un acceso propio.</translation>
    </message>
    <message>
        <source>Owner &amp;password:</source>
        <translation>&amp;Contraseña del propietario:</translation>
    </message>
    <message>
        <source>empty: the store name</source>
        <translation>vacío: el nombre de la tienda</translation>
    </message>
    <message>
        <source>Store on the ser&amp;ver:</source>
        <translation>Tienda en el ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>http://127.0.0.1:11434/v1 — empty: offline engine only</source>
        <translation>http://127.0.0.1:11434/v1 — vacío: solo el motor sin conexión</translation>
    </message>
    <message>
        <source>AI &amp;address:</source>
        <translation>Dirección de I&amp;A:</translation>
    </message>
    <message>
        <source>e.g. llama3.2:3b or gpt-4o-mini</source>
        <translation>p. ej. llama3.2:3b o gpt-4o-mini</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mod&amp;elo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>T&amp;est the AI</source>
        <translation>Pro&amp;bar la IA</translation>
    </message>
    <message>
        <source>a key is stored (%1): type to replace it</source>
        <translation>hay una clave guardada (%1): escriba para reemplazarla</translation>
    </message>
    <message>
        <source>none; kept in %1</source>
        <translation>ninguno; se guarda en %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Asking the AI…</source>
        <translation>Consultando a la IA…</translation>
    </message>
</context>
<context>
    <name>bodega::ShiftBook</name>
    <message>
        <source>The float cannot be negative</source>
        <translation>La base de caja no puede ser negativa</translation>
    </message>
    <message>
        <source>This store counts cash in %1</source>
        <translation>Esta tienda cuenta el efectivo en %1</translation>
    </message>
    <message>
        <source>A shift is already open at %1</source>
        <translation>Ya hay un turno abierto en la caja %1</translation>
    </message>
    <message>
        <source>Say how much cash moved</source>
        <translation>Indique cuánto efectivo entró o salió</translation>
    </message>
    <message>
        <source>Cash in or out needs a reason (up to 500 characters)</source>
        <translation>Una entrada o salida de efectivo necesita un motivo (hasta 500 caracteres)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Turno abierto</translation>
    </message>
    <message>
        <source>Counted cash cannot be negative</source>
        <translation>El efectivo contado no puede ser negativo</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>The shift could not be summed</source>
        <translation>No se pudo totalizar el turno</translation>
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
    <name>bodega::StoreSettings</name>
    <message>
        <source>The stored tax rates are unreadable: %1</source>
        <translation>Las tasas de IVA guardadas no se pueden leer: %1</translation>
    </message>
</context>
<context>
    <name>bodega::StoreSetup</name>
    <message>
        <source>A secret is one line of at most 1000 characters</source>
        <translation>Un secreto es una sola línea de máximo 1000 caracteres</translation>
    </message>
    <message>
        <source>Type the tax rate in percent</source>
        <translation>Escriba la tasa de IVA en porcentaje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tax rate: write a percentage such as 19 or 5,5</source>
        <translation>&quot;%1&quot; no es una tasa de IVA: escriba un porcentaje como 19 o 5,5</translation>
    </message>
    <message>
        <source>A tax rate is between 0 % and 100 %</source>
        <translation>Una tasa de IVA está entre 0 % y 100 %</translation>
    </message>
    <message>
        <source>Give at least one tax rate, e.g. 19; 5; 0</source>
        <translation>Indique al menos una tasa de IVA, p. ej. 19; 5; 0</translation>
    </message>
    <message>
        <source>Give the store a name</source>
        <translation>Póngale un nombre a la tienda</translation>
    </message>
    <message>
        <source>The store name is at most 200 characters</source>
        <translation>El nombre de la tienda tiene máximo 200 caracteres</translation>
    </message>
    <message>
        <source>Unknown currency: %1</source>
        <translation>Moneda desconocida: %1</translation>
    </message>
    <message>
        <source>Give 1 to %1 tax rates</source>
        <translation>Indique de 1 a %1 tasas de IVA</translation>
    </message>
    <message>
        <source>The tax rate %1 % is listed twice</source>
        <translation>La tasa de IVA %1 % aparece dos veces</translation>
    </message>
    <message>
        <source>The store name on the server is at most 200 characters</source>
        <translation>El nombre de la tienda en el servidor tiene máximo 200 caracteres</translation>
    </message>
    <message>
        <source>The currency stays %1: the store already has products or sales in it</source>
        <translation>La moneda sigue siendo %1: la tienda ya tiene productos o ventas en ella</translation>
    </message>
    <message>
        <source>The currency stays %1: the store sells in it on the server</source>
        <translation>La moneda sigue siendo %1: la tienda vende en ella en el servidor</translation>
    </message>
    <message>
        <source>This terminal is registered on the server as %1: register it again to change its code</source>
        <translation>Esta terminal está registrada en el servidor como %1: regístrela de nuevo para cambiar su código</translation>
    </message>
</context>
<context>
    <name>bodega::StoreTools</name>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Detalles del producto</translation>
    </message>
    <message>
        <source>Describe a product</source>
        <translation>Describir un producto</translation>
    </message>
    <message>
        <source>Stock of a product</source>
        <translation>Stock de un producto</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Alertas recientes</translation>
    </message>
    <message>
        <source>Sales summary</source>
        <translation>Resumen de ventas</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Más vendidos</translation>
    </message>
    <message>
        <source>Reorder suggestions</source>
        <translation>Sugerencias de pedido</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar stock</translation>
    </message>
    <message>
        <source>Create a product draft</source>
        <translation>Crear un borrador de producto</translation>
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
    <name>bodega::SupplierBook</name>
    <message>
        <source>A supplier needs a name</source>
        <translation>Un proveedor necesita un nombre</translation>
    </message>
    <message>
        <source>%1 is longer than 200 characters</source>
        <translation>%1 tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>The lead time is a number of days from 0 to 365</source>
        <translation>El tiempo de entrega es un número de días de 0 a 365</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>A supplier price cannot be negative</source>
        <translation>El precio de un proveedor no puede ser negativo</translation>
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
    <message>
        <source>The server sent a row the first sync does not expect</source>
        <translation>El servidor envió una fila que la primera sincronización no esperaba</translation>
    </message>
    <message>
        <source>The server answered %1 outcomes for %2 events</source>
        <translation>El servidor respondió %1 resultados para %2 eventos</translation>
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
    <message>
        <source>Events waiting to sync</source>
        <translation>Eventos pendientes de sincronización</translation>
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
<context>
    <name>bodega::Tender</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera digital</translation>
    </message>
</context>
<context>
    <name>bodega::TerminalPreferences</name>
    <message>
        <source>Cannot save this terminal&apos;s preferences in %1</source>
        <translation>No se pueden guardar las preferencias de esta terminal en %1</translation>
    </message>
    <message>
        <source>The printer name is one line of at most 200 characters</source>
        <translation>El nombre de la impresora es una línea de 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>The receipt paper is 80 or 58 (mm roll), not &quot;%1&quot;</source>
        <translation>El papel de recibos es 80 o 58 (rollo en mm), no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>bodega::TerminalRegistration</name>
    <message>
        <source>The terminal code must be 1 to 16 letters or digits</source>
        <translation>El código del equipo debe tener de 1 a 16 letras o dígitos</translation>
    </message>
    <message>
        <source>The store name must be 1 to 200 characters</source>
        <translation>El nombre de la tienda debe tener de 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>Store %1 sells in %2 on the server, this store file in %3</source>
        <translation>En el servidor, la tienda %1 vende en %2; este archivo de tienda, en %3</translation>
    </message>
</context>
<context>
    <name>bodega::ToolRegistry</name>
    <message>
        <source>The tool %1 changes the store, and write tools are off. An admin can turn them on.</source>
        <translation>La herramienta %1 modifica la tienda y las herramientas de escritura están desactivadas. Un administrador puede activarlas.</translation>
    </message>
    <message>
        <source>Sign in to use the store&apos;s tools.</source>
        <translation>Inicie sesión para usar las herramientas de la tienda.</translation>
    </message>
    <message>
        <source>Wrong arguments for %1: %2</source>
        <translation>Argumentos incorrectos para %1: %2</translation>
    </message>
    <message>
        <source>The tool %1 gave a result outside its contract.</source>
        <translation>La herramienta %1 dio un resultado fuera de su contrato.</translation>
    </message>
</context>
<context>
    <name>bodega::UserStore</name>
    <message>
        <source>A PIN is 4 to 8 digits</source>
        <translation>Un PIN tiene de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters</source>
        <translation>Una contraseña tiene de 8 a 128 caracteres</translation>
    </message>
    <message>
        <source>A user name is 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;</source>
        <translation>Un nombre de usuario tiene de 2 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>The first user of a store is its admin</source>
        <translation>El primer usuario de una tienda es su administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>bodega::WebhookQueue</name>
    <message>
        <source>Webhook delivery</source>
        <translation>Entrega de webhook</translation>
    </message>
    <message>
        <source>Only a failed webhook delivery can be retried; this one is %1</source>
        <translation>Solo se puede reintentar una entrega de webhook fallida; esta está %1</translation>
    </message>
</context>
<context>
    <name>bodega::WebhookSender</name>
    <message>
        <source>The webhook did not answer within %1 s</source>
        <translation>El webhook no respondió en %1 s</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1</source>
        <translation>El webhook respondió HTTP %1</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>No se pudo contactar el webhook: %1</translation>
    </message>
</context>
<context>
    <name>bodega::WebhookSettings</name>
    <message>
        <source>The webhook address is at most 500 characters</source>
        <translation>La dirección del webhook tiene como máximo 500 caracteres</translation>
    </message>
    <message>
        <source>The webhook address must start with http:// or https:// (e.g. https://n8n.example.com/webhook/bodega)</source>
        <translation>La dirección del webhook debe empezar por http:// o https:// (p. ej. https://n8n.example.com/webhook/bodega)</translation>
    </message>
    <message>
        <source>The webhook address needs a host name</source>
        <translation>A la dirección del webhook le falta el nombre del servidor</translation>
    </message>
    <message>
        <source>There is no place to keep the webhook secret</source>
        <translation>No hay dónde guardar el secreto del webhook</translation>
    </message>
    <message>
        <source>The webhook secret is one line of at most 1000 characters</source>
        <translation>El secreto del webhook es una sola línea de máximo 1000 caracteres</translation>
    </message>
</context>
</TS>
