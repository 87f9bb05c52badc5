<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bodega::AccessPolicy</name>
    <message>
        <source>%1 (%2) may not do this: %3</source>
        <translation>%1 (%2) may not do this: %3</translation>
    </message>
    <message>
        <source>Log in first: this store has users</source>
        <translation>Log in first: this store has users</translation>
    </message>
</context>
<context>
    <name>bodega::AiLogPage</name>
    <message>
        <source>AI &amp;settings…</source>
        <translation>AI &amp;settings…</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>AI requests</source>
        <translation>AI requests</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Refused by the privacy policy</source>
        <translation>Refused by the privacy policy</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>offline engine</source>
        <translation>offline engine</translation>
    </message>
    <message>
        <source>local · %1</source>
        <translation>local · %1</translation>
    </message>
    <message>
        <source>cloud · %1</source>
        <translation>cloud · %1</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (from the cache)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 in, %2 out</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message numerus="yes">
        <source>%n AI request(s), newest first, each with where the privacy policy let it go. The log cannot be edited.</source>
        <translation>
            <numerusform>%n AI request, newest first, each with where the privacy policy let it go. The log cannot be edited.</numerusform>
            <numerusform>%n AI requests, newest first, each with where the privacy policy let it go. The log cannot be edited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager or an admin may read the AI log: log in at the till as one. (%1)</source>
        <translation>Only a manager or an admin may read the AI log: log in at the till as one. (%1)</translation>
    </message>
</context>
<context>
    <name>bodega::AiRouter</name>
    <message>
        <source>The privacy policy lets no configured AI receive %1 data</source>
        <translation>The privacy policy lets no configured AI receive %1 data</translation>
    </message>
    <message>
        <source>No AI endpoint is configured</source>
        <translation>No AI endpoint is configured</translation>
    </message>
    <message>
        <source>The AI endpoints are not available</source>
        <translation>The AI endpoints are not available</translation>
    </message>
</context>
<context>
    <name>bodega::AiSettings</name>
    <message>
        <source>The AI address is at most 500 characters</source>
        <translation>The AI address is at most 500 characters</translation>
    </message>
    <message>
        <source>The AI address must start with http:// or https:// (e.g. http://127.0.0.1:11434/v1)</source>
        <translation>The AI address must start with http:// or https:// (e.g. http://127.0.0.1:11434/v1)</translation>
    </message>
    <message>
        <source>The AI address needs a host name</source>
        <translation>The AI address needs a host name</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the address</source>
        <translation>Put the API key in the key field, not in the address</translation>
    </message>
    <message>
        <source>Name the model to use at %1</source>
        <translation>Name the model to use at %1</translation>
    </message>
    <message>
        <source>The model name is at most 200 characters</source>
        <translation>The model name is at most 200 characters</translation>
    </message>
    <message>
        <source>The AI timeout is %1 to %2 ms</source>
        <translation>The AI timeout is %1 to %2 ms</translation>
    </message>
    <message>
        <source>The API key is at most 1000 characters</source>
        <translation>The API key is at most 1000 characters</translation>
    </message>
    <message>
        <source>The API key is one line without line breaks</source>
        <translation>The API key is one line without line breaks</translation>
    </message>
</context>
<context>
    <name>bodega::AiSettingsDialog</name>
    <message>
        <source>AI settings</source>
        <translation>AI settings</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-compatible server</translation>
    </message>
    <message>
        <source>http://127.0.0.1:11434/v1 — empty: offline engine only</source>
        <translation>http://127.0.0.1:11434/v1 — empty: offline engine only</translation>
    </message>
    <message>
        <source>e.g. llama3.2:3b or gpt-4o-mini</source>
        <translation>e.g. llama3.2:3b or gpt-4o-mini</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remove the stored key</source>
        <translation>&amp;Remove the stored key</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>What may leave this computer</source>
        <translation>What may leave this computer</translation>
    </message>
    <message>
        <source>Server on this computer</source>
        <translation>Server on this computer</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Catalog (names, descriptions, prices)</source>
        <translation>Catalog (names, descriptions, prices)</translation>
    </message>
    <message>
        <source>Sales and stock figures</source>
        <translation>Sales and stock figures</translation>
    </message>
    <message>
        <source>Personal data never goes to a cloud AI</source>
        <translation>Personal data never goes to a cloud AI</translation>
    </message>
    <message>
        <source>The offline engine always answers what no allowed AI can. A server counts as &quot;on this computer&quot; only at a loopback address (localhost, 127.0.0.1).</source>
        <translation>The offline engine always answers what no allowed AI can. A server counts as &quot;on this computer&quot; only at a loopback address (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>(a key is stored; type to replace it)</source>
        <translation>(a key is stored; type to replace it)</translation>
    </message>
    <message>
        <source>(none; not needed by Ollama or llama.cpp)</source>
        <translation>(none; not needed by Ollama or llama.cpp)</translation>
    </message>
    <message>
        <source>Kept in %1, never in the store&apos;s settings.</source>
        <translation>Kept in %1, never in the store&apos;s settings.</translation>
    </message>
    <message>
        <source>Only an admin may change the AI settings: log in at the till as one. You can still test the connection.</source>
        <translation>Only an admin may change the AI settings: log in at the till as one. You can still test the connection.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>Connected (%1): %2 answered in %3 ms</source>
        <translation>Connected (%1): %2 answered in %3 ms</translation>
    </message>
    <message>
        <source>server on this computer</source>
        <translation>server on this computer</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>No connection: %1 (%2)</source>
        <translation>No connection: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer and user data</source>
        <translation>Customer and user data</translation>
    </message>
    <message>
        <source>Let the assistant change the store (&amp;write tools; MCP needs its own --allow-writes)</source>
        <translation>Let the assistant change the store (&amp;write tools; MCP needs its own --allow-writes)</translation>
    </message>
</context>
<context>
    <name>bodega::AiWorker</name>
    <message>
        <source>The store is not open yet</source>
        <translation>The store is not open yet</translation>
    </message>
    <message>
        <source>Type the address of the AI server</source>
        <translation>Type the address of the AI server</translation>
    </message>
    <message>
        <source>This build has no HTTP AI provider</source>
        <translation>This build has no HTTP AI provider</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation>The history could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::AlertsPage</name>
    <message>
        <source>Mark read</source>
        <translation>Mark read</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <source>Low-stock alerts</source>
        <translation>Low-stock alerts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook deliveries that failed</source>
        <translation>Webhook deliveries that failed</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Sends it again now, with a fresh set of attempts</source>
        <translation>Sends it again now, with a fresh set of attempts</translation>
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
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>The webhook delivery will be tried again now</source>
        <translation>The webhook delivery will be tried again now</translation>
    </message>
    <message>
        <source>Low stock: %1 (SKU %2) has %3 left, below the threshold of %4</source>
        <translation>Low stock: %1 (SKU %2) has %3 left, below the threshold of %4</translation>
    </message>
    <message>
        <source>No low-stock alerts yet.</source>
        <translation>No low-stock alerts yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s)</source>
        <translation>
            <numerusform>%n unread alert</numerusform>
            <numerusform>%n unread alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message numerus="yes">
        <source>retrying (%n attempt(s))</source>
        <translation>
            <numerusform>retrying (%n attempt)</numerusform>
            <numerusform>retrying (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Every webhook was delivered or is still being tried.</source>
        <translation>Every webhook was delivered or is still being tried.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) gave up after every retry. Fix the receiver, then retry.</source>
        <translation>
            <numerusform>%n delivery gave up after every retry. Fix the receiver, then retry.</numerusform>
            <numerusform>%n deliveries gave up after every retry. Fix the receiver, then retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bodega::Assistant</name>
    <message>
        <source>Too many questions in a short time; try again in %1 s.</source>
        <translation>Too many questions in a short time; try again in %1 s.</translation>
    </message>
    <message>
        <source>The AI model gave an empty answer.</source>
        <translation>The AI model gave an empty answer.</translation>
    </message>
    <message>
        <source>The AI model did not finish within %1 steps.</source>
        <translation>The AI model did not finish within %1 steps.</translation>
    </message>
    <message>
        <source>Ask something of at most %1 characters.</source>
        <translation>Ask something of at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>bodega::AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Ask about stock, sales and products: &quot;what is low on stock?&quot;, &quot;sales yesterday&quot;, &quot;how much rice is left?&quot;, &quot;suggest an order for Supplier X&quot;.</source>
        <translation>Ask about stock, sales and products: &quot;what is low on stock?&quot;, &quot;sales yesterday&quot;, &quot;how much rice is left?&quot;, &quot;suggest an order for Supplier X&quot;.</translation>
    </message>
    <message>
        <source>The assistant is writing</source>
        <translation>The assistant is writing</translation>
    </message>
    <message>
        <source>Sign in at the till to ask the assistant.</source>
        <translation>Sign in at the till to ask the assistant.</translation>
    </message>
    <message>
        <source>Ask the assistant…</source>
        <translation>Ask the assistant…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Export history…</translation>
    </message>
    <message>
        <source>Save your conversations with the assistant as a JSON file</source>
        <translation>Save your conversations with the assistant as a JSON file</translation>
    </message>
    <message>
        <source>Export assistant history</source>
        <translation>Export assistant history</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Forget me</source>
        <translation>Forget me</translation>
    </message>
    <message>
        <source>Delete your conversations with the assistant from this terminal</source>
        <translation>Delete your conversations with the assistant from this terminal</translation>
    </message>
    <message>
        <source>Delete every conversation you had with the assistant on this terminal? This cannot be undone.</source>
        <translation>Delete every conversation you had with the assistant on this terminal? This cannot be undone.</translation>
    </message>
    <message>
        <source>Too many questions in a short time: wait a few seconds and ask again.</source>
        <translation>Too many questions in a short time: wait a few seconds and ask again.</translation>
    </message>
    <message numerus="yes">
        <source>%n assistant message(s) exported to %1</source>
        <translation>
            <numerusform>%n assistant message exported to %1</numerusform>
            <numerusform>%n assistant messages exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted: the assistant has forgotten your conversations.</source>
        <translation>
            <numerusform>%n message deleted: the assistant has forgotten your conversations.</numerusform>
            <numerusform>%n messages deleted: the assistant has forgotten your conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>You:</source>
        <translation>You:</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Assistant:</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>local AI</source>
        <translation>local AI</translation>
    </message>
    <message>
        <source>cloud AI</source>
        <translation>cloud AI</translation>
    </message>
    <message>
        <source>offline assistant</source>
        <translation>offline assistant</translation>
    </message>
    <message>
        <source>Conversation with the assistant</source>
        <translation>Conversation with the assistant</translation>
    </message>
    <message>
        <source>Question for the assistant</source>
        <translation>Question for the assistant</translation>
    </message>
</context>
<context>
    <name>bodega::AssistantHistory</name>
    <message>
        <source>A message is from the user or the assistant, not %1</source>
        <translation>A message is from the user or the assistant, not %1</translation>
    </message>
    <message>
        <source>A message holds between 1 and %1 characters</source>
        <translation>A message holds between 1 and %1 characters</translation>
    </message>
</context>
<context>
    <name>bodega::AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>PIN or password changed</source>
        <translation>PIN or password changed</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Price changed</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>Stock adjusted</translation>
    </message>
    <message>
        <source>Discount over the cashier&apos;s limit</source>
        <translation>Discount over the cashier&apos;s limit</translation>
    </message>
    <message>
        <source>Line voided</source>
        <translation>Line voided</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Sale voided</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Goods returned</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Shift opened</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Cash in or out</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Shift closed</translation>
    </message>
    <message>
        <source>AI settings changed</source>
        <translation>AI settings changed</translation>
    </message>
    <message>
        <source>AI key changed</source>
        <translation>AI key changed</translation>
    </message>
    <message>
        <source>Purchase order sent</source>
        <translation>Purchase order sent</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <source>Purchase order closed</source>
        <translation>Purchase order closed</translation>
    </message>
    <message>
        <source>Purchase order cancelled</source>
        <translation>Purchase order cancelled</translation>
    </message>
    <message>
        <source>Low-stock webhook changed</source>
        <translation>Low-stock webhook changed</translation>
    </message>
    <message>
        <source>Low-stock webhook secret changed</source>
        <translation>Low-stock webhook secret changed</translation>
    </message>
    <message>
        <source>Store settings changed</source>
        <translation>Store settings changed</translation>
    </message>
</context>
<context>
    <name>bodega::AuditPage</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first. The trail cannot be edited.</source>
        <translation>
            <numerusform>%n entry, newest first. The trail cannot be edited.</numerusform>
            <numerusform>%n entries, newest first. The trail cannot be edited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager or an admin may read the audit trail: log in at the till as one.</source>
        <translation>Only a manager or an admin may read the audit trail: log in at the till as one.</translation>
    </message>
</context>
<context>
    <name>bodega::Authenticator</name>
    <message>
        <source>Wrong user name, PIN or password</source>
        <translation>Wrong user name, PIN or password</translation>
    </message>
    <message>
        <source>Too many wrong attempts: %1 is locked until %2</source>
        <translation>Too many wrong attempts: %1 is locked until %2</translation>
    </message>
    <message>
        <source>Too many wrong attempts: %1 is locked for %2 minutes</source>
        <translation>Too many wrong attempts: %1 is locked for %2 minutes</translation>
    </message>
</context>
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
    <message>
        <source>--limit is a number from 1 to %1</source>
        <translation>--limit is a number from 1 to %1</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>PIN or password for %1: </translation>
    </message>
    <message>
        <source>Set %1 or run at a terminal to type it</source>
        <translation>Set %1 or run at a terminal to type it</translation>
    </message>
    <message>
        <source>Choose --pin or --password, not both</source>
        <translation>Choose --pin or --password, not both</translation>
    </message>
    <message>
        <source>--user needs a user name</source>
        <translation>--user needs a user name</translation>
    </message>
    <message>
        <source>product edit needs a product id, SKU or barcode</source>
        <translation>product edit needs a product id, SKU or barcode</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --price, ...</source>
        <translation>Nothing to change: give at least one of --name, --price, ...</translation>
    </message>
    <message>
        <source>Saved %1 (SKU %2)</source>
        <translation>Saved %1 (SKU %2)</translation>
    </message>
    <message>
        <source>--receipt-pdf needs a file name</source>
        <translation>--receipt-pdf needs a file name</translation>
    </message>
    <message>
        <source>sale needs at least one --line CODE[:QTY]</source>
        <translation>sale needs at least one --line CODE[:QTY]</translation>
    </message>
    <message>
        <source>A scale label carries its own quantity: %1</source>
        <translation>A scale label carries its own quantity: %1</translation>
    </message>
    <message>
        <source>A payment is cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]]: %1</source>
        <translation>A payment is cash|card|transfer|wallet:AMOUNT[:REFERENCE[:WALLET]]: %1</translation>
    </message>
    <message>
        <source>The receipt was not printed (%1); reprint it with: bodegactl receipt print %2</source>
        <translation>The receipt was not printed (%1); reprint it with: bodegactl receipt print %2</translation>
    </message>
    <message>
        <source>Sale %1: %2, change %3.</source>
        <translation>Sale %1: %2, change %3.</translation>
    </message>
    <message>
        <source>The role is cashier, manager or admin</source>
        <translation>The role is cashier, manager or admin</translation>
    </message>
    <message>
        <source>user add needs a user name</source>
        <translation>user add needs a user name</translation>
    </message>
    <message>
        <source>New PIN for %1: </source>
        <translation>New PIN for %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>	inactive</source>
        <translation>	inactive</translation>
    </message>
    <message>
        <source>user passwd needs a user name</source>
        <translation>user passwd needs a user name</translation>
    </message>
    <message>
        <source>New secret for %1: </source>
        <translation>New secret for %1: </translation>
    </message>
    <message>
        <source>Changed the secret of %1.</source>
        <translation>Changed the secret of %1.</translation>
    </message>
    <message>
        <source>return needs a receipt number and at least one --line LINE_NO[:QTY]</source>
        <translation>return needs a receipt number and at least one --line LINE_NO[:QTY]</translation>
    </message>
    <message>
        <source>A line is its number on the receipt: %1</source>
        <translation>A line is its number on the receipt: %1</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN of %1: </translation>
    </message>
    <message>
        <source>Returned %1 line(s) of %2: refund %3.</source>
        <translation>Returned %1 line(s) of %2: refund %3.</translation>
    </message>
    <message>
        <source>shift %1 needs an amount</source>
        <translation>shift %1 needs an amount</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Shift at %1 since %2: %3 sales, expected cash %4.</source>
        <translation>Shift at %1 since %2: %3 sales, expected cash %4.</translation>
    </message>
    <message>
        <source>Counted %1, difference %2.</source>
        <translation>Counted %1, difference %2.</translation>
    </message>
    <message>
        <source>
Server: %1
Quarantined events: %2
Last sync: %3</source>
        <translation>
Server: %1
Quarantined events: %2
Last sync: %3</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>receipt list | show RECEIPT | pdf RECEIPT --out FILE [--invoice] | print RECEIPT</source>
        <translation>receipt list | show RECEIPT | pdf RECEIPT --out FILE [--invoice] | print RECEIPT</translation>
    </message>
    <message>
        <source>receipt %1 needs a receipt number</source>
        <translation>receipt %1 needs a receipt number</translation>
    </message>
    <message>
        <source>receipt pdf needs --out FILE</source>
        <translation>receipt pdf needs --out FILE</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 written to %2</translation>
    </message>
    <message>
        <source>%1 printed: %2</source>
        <translation>%1 printed: %2</translation>
    </message>
    <message>
        <source>documents run | list [--failed]</source>
        <translation>documents run | list [--failed]</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) produced.</source>
        <translation>
            <numerusform>%n document produced.</numerusform>
            <numerusform>%n documents produced.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 failed: %3
</source>
        <translation>%1 %2 failed: %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting.</source>
        <translation>
            <numerusform>%n document waiting.</numerusform>
            <numerusform>%n documents waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>setting get KEY | set KEY VALUE</source>
        <translation>setting get KEY | set KEY VALUE</translation>
    </message>
    <message>
        <source>Unknown setting %1; known: %2</source>
        <translation>Unknown setting %1; known: %2</translation>
    </message>
    <message>
        <source>A setting is at most 500 characters</source>
        <translation>A setting is at most 500 characters</translation>
    </message>
    <message>
        <source>--url postgresql://USER@HOST:PORT/DATABASE is required</source>
        <translation>--url postgresql://USER@HOST:PORT/DATABASE is required</translation>
    </message>
    <message>
        <source>Server schema already at version %1</source>
        <translation>Server schema already at version %1</translation>
    </message>
    <message>
        <source>Server schema migrated from version %1 to %2</source>
        <translation>Server schema migrated from version %1 to %2</translation>
    </message>
    <message>
        <source>--store NAME is required</source>
        <translation>--store NAME is required</translation>
    </message>
    <message>
        <source>--terminal CODE is required</source>
        <translation>--terminal CODE is required</translation>
    </message>
    <message>
        <source>Registered terminal %1 of store %2 (id %3)</source>
        <translation>Registered terminal %1 of store %2 (id %3)</translation>
    </message>
    <message>
        <source>--batch must be 1 to 10000</source>
        <translation>--batch must be 1 to 10000</translation>
    </message>
    <message>
        <source>sync run needs --once (or use sync daemon)</source>
        <translation>sync run needs --once (or use sync daemon)</translation>
    </message>
    <message>
        <source>Uploaded %1 events (%2 already on the server, %3 quarantined); downloaded %4 changes; %5 waiting</source>
        <translation>Uploaded %1 events (%2 already on the server, %3 quarantined); downloaded %4 changes; %5 waiting</translation>
    </message>
    <message>
        <source>Server: %1 (%2)
Waiting: %3
Quarantined: %4
Last sync: %5
Cursor: %6%7</source>
        <translation>Server: %1 (%2)
Waiting: %3
Quarantined: %4
Last sync: %5
Cursor: %6%7</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation>
Last error: %1</translation>
    </message>
    <message>
        <source>%1: %2 waiting, %3 quarantined, cursor %4</source>
        <translation>%1: %2 waiting, %3 quarantined, cursor %4</translation>
    </message>
    <message>
        <source>shift open|cash|close|status|report</source>
        <translation>shift open|cash|close|status|report</translation>
    </message>
    <message>
        <source>The report needs a file name</source>
        <translation>The report needs a file name</translation>
    </message>
    <message>
        <source>shift report needs --out FILE</source>
        <translation>shift report needs --out FILE</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>The sale was recorded but its receipt could not be read back; write it with: bodegactl receipt pdf %1 --out FILE</source>
        <translation>The sale was recorded but its receipt could not be read back; write it with: bodegactl receipt pdf %1 --out FILE</translation>
    </message>
    <message>
        <source>%1 is being printed by another Bodega on this store</source>
        <translation>%1 is being printed by another Bodega on this store</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>  (cache)</source>
        <translation>  (cache)</translation>
    </message>
    <message>
        <source>ai config: an option needs a value</source>
        <translation>ai config: an option needs a value</translation>
    </message>
    <message>
        <source>--%1 is %2 or %3</source>
        <translation>--%1 is %2 or %3</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set</source>
        <translation>The environment variable %1 is not set</translation>
    </message>
    <message>
        <source>--timeout-ms is a number of milliseconds</source>
        <translation>--timeout-ms is a number of milliseconds</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 at %3</translation>
    </message>
    <message>
        <source>offline engine only</source>
        <translation>offline engine only</translation>
    </message>
    <message>
        <source>AI: %1
Timeout: %2 ms
Internal data to the cloud: %3
Write tools: %4
API key: %5</source>
        <translation>AI: %1
Timeout: %2 ms
Internal data to the cloud: %3
Write tools: %4
API key: %5</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>set (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This store has users: start the MCP server with --user NAME.</source>
        <translation>This store has users: start the MCP server with --user NAME.</translation>
    </message>
    <message>
        <source>Only an admin may start the MCP server with --allow-writes.</source>
        <translation>Only an admin may start the MCP server with --allow-writes.</translation>
    </message>
    <message>
        <source>Engine: %1 (fallback: %2)</source>
        <translation>Engine: %1 (fallback: %2)</translation>
    </message>
    <message>
        <source>Engine: %1 (%2)</source>
        <translation>Engine: %1 (%2)</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <source>--lang needs a value</source>
        <translation>--lang needs a value</translation>
    </message>
    <message>
        <source>ask needs a question</source>
        <translation>ask needs a question</translation>
    </message>
    <message>
        <source>AI suggestions: %1 (%2 fell back to the offline engine)</source>
        <translation>AI suggestions: %1 (%2 fell back to the offline engine)</translation>
    </message>
    <message>
        <source>Category: %1 (%2 %)
Description: %3
</source>
        <translation>Category: %1 (%2 %)
Description: %3
</translation>
    </message>
    <message>
        <source>none (offline engine only)</source>
        <translation>none (offline engine only)</translation>
    </message>
    <message>
        <source>
LLM: %1</source>
        <translation>
LLM: %1</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>no webhook</translation>
    </message>
    <message>
        <source>webhook failed: %1</source>
        <translation>webhook failed: %1</translation>
    </message>
    <message>
        <source>webhook %1 (%2 attempts)</source>
        <translation>webhook %1 (%2 attempts)</translation>
    </message>
    <message>
        <source>(unread) </source>
        <translation>(unread) </translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <source>--timeout-ms is 100 to 600000 milliseconds</source>
        <translation>--timeout-ms is 100 to 600000 milliseconds</translation>
    </message>
    <message>
        <source>%1 delivered, %2 to retry, %3 failed for good; %4 pending</source>
        <translation>%1 delivered, %2 to retry, %3 failed for good; %4 pending</translation>
    </message>
    <message>
        <source>webhook set: an option needs a value</source>
        <translation>webhook set: an option needs a value</translation>
    </message>
    <message>
        <source>webhook set: give --url and/or --secret-from-env</source>
        <translation>webhook set: give --url and/or --secret-from-env</translation>
    </message>
    <message>
        <source>Webhook: %1; %2</source>
        <translation>Webhook: %1; %2</translation>
    </message>
    <message>
        <source>signed (secret in %1)</source>
        <translation>signed (secret in %1)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>%1 (%2): %3 a day%4, stock %5, cover %6, runs out %7, lead time %8 d (%9), order %10
</source>
        <translation>%1 (%2): %3 a day%4, stock %5, cover %6, runs out %7, lead time %8 d (%9), order %10
</translation>
    </message>
    <message>
        <source> by weekday</source>
        <translation> by weekday</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>no supplier</source>
        <translation>no supplier</translation>
    </message>
    <message>
        <source>%1 products forecast</source>
        <translation>%1 products forecast</translation>
    </message>
    <message>
        <source>%1 stock.low_predicted events recorded</source>
        <translation>%1 stock.low_predicted events recorded</translation>
    </message>
    <message>
        <source>--lead-time is a number of days: %1</source>
        <translation>--lead-time is a number of days: %1</translation>
    </message>
    <message>
        <source>Supplier %1 added.</source>
        <translation>Supplier %1 added.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %4  lead time %n day(s), %5 price(s)
</source>
        <translation>
            <numerusform>%1  %2  %3  %4  lead time %n day, %5 price(s)
</numerusform>
            <numerusform>%1  %2  %3  %4  lead time %n days, %5 price(s)
</numerusform>
        </translation>
    </message>
    <message>
        <source>supplier price --supplier NAME --product SKU --price AMOUNT</source>
        <translation>supplier price --supplier NAME --product SKU --price AMOUNT</translation>
    </message>
    <message>
        <source>%1 charges %2 for %3.</source>
        <translation>%1 charges %2 for %3.</translation>
    </message>
    <message>
        <source>supplier add --name NAME [--contact C] [--phone P] [--email E] [--lead-time DAYS] | list | price --supplier NAME --product SKU --price AMOUNT</source>
        <translation>supplier add --name NAME [--contact C] [--phone P] [--email E] [--lead-time DAYS] | list | price --supplier NAME --product SKU --price AMOUNT</translation>
    </message>
    <message>
        <source>po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT] | list [--status S] | show|send|close|cancel NUMBER | receive NUMBER --line SKU:QTY ... | export NUMBER --format pdf|csv --out FILE</source>
        <translation>po create --supplier NAME --line SKU:QTY[:COST] ... [--note TEXT] | list [--status S] | show|send|close|cancel NUMBER | receive NUMBER --line SKU:QTY ... | export NUMBER --format pdf|csv --out FILE</translation>
    </message>
    <message>
        <source>po %1 needs a purchase order number</source>
        <translation>po %1 needs a purchase order number</translation>
    </message>
    <message>
        <source>Unknown status %1: draft, sent, partially_received, received, closed or cancelled</source>
        <translation>Unknown status %1: draft, sent, partially_received, received, closed or cancelled</translation>
    </message>
    <message>
        <source>--format is pdf or csv</source>
        <translation>--format is pdf or csv</translation>
    </message>
    <message>
        <source>po export needs --out FILE</source>
        <translation>po export needs --out FILE</translation>
    </message>
    <message>
        <source>A line is SKU:QTY[:COST]: %1</source>
        <translation>A line is SKU:QTY[:COST]: %1</translation>
    </message>
    <message>
        <source>A line is SKU:QTY: %1</source>
        <translation>A line is SKU:QTY: %1</translation>
    </message>
    <message>
        <source>--supplier is required</source>
        <translation>--supplier is required</translation>
    </message>
    <message>
        <source>po receive needs at least one --line SKU:QTY</source>
        <translation>po receive needs at least one --line SKU:QTY</translation>
    </message>
    <message>
        <source>Draft purchase orders: %1 created, %2 updated; %3 suggestions already on a draft</source>
        <translation>Draft purchase orders: %1 created, %2 updated; %3 suggestions already on a draft</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4 lines, %5</source>
        <translation>  %1 %2 (%3): %4 lines, %5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 suggested, no supplier on file</source>
        <translation>  %1 (%2): %3 suggested, no supplier on file</translation>
    </message>
    <message>
        <source>--format is shopify or csv, not &quot;%1&quot;</source>
        <translation>--format is shopify or csv, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map is COLUMN=field, not &quot;%1&quot;</source>
        <translation>--map is COLUMN=field, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map is for --format csv: Shopify&apos;s columns are known</source>
        <translation>--map is for --format csv: Shopify&apos;s columns are known</translation>
    </message>
    <message>
        <source>Dry run (%1): %2 rows would create %3 and update %4 products, %5 rejected; nothing was changed</source>
        <translation>Dry run (%1): %2 rows would create %3 and update %4 products, %5 rejected; nothing was changed</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows: %3 created, %4 updated</source>
        <translation>Imported %1 of %2 rows: %3 created, %4 updated</translation>
    </message>
    <message>
        <source>product export needs --format shopify or csv</source>
        <translation>product export needs --format shopify or csv</translation>
    </message>
    <message>
        <source>--shopify-header is current or legacy</source>
        <translation>--shopify-header is current or legacy</translation>
    </message>
    <message>
        <source>product export needs --out FILE</source>
        <translation>product export needs --out FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 products written to %2 (%3)</source>
        <translation>%1 products written to %2 (%3)</translation>
    </message>
    <message>
        <source>report daily --date YYYY-MM-DD --format pdf|csv --out FILE</source>
        <translation>report daily --date YYYY-MM-DD --format pdf|csv --out FILE</translation>
    </message>
    <message>
        <source>Missing --date: %1</source>
        <translation>Missing --date: %1</translation>
    </message>
    <message>
        <source>Missing --format: %1</source>
        <translation>Missing --format: %1</translation>
    </message>
    <message>
        <source>Missing --out: %1</source>
        <translation>Missing --out: %1</translation>
    </message>
    <message>
        <source>%1: %2 sales, net %3</source>
        <translation>%1: %2 sales, net %3</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>No nightly report is due</source>
        <translation>No nightly report is due</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
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
        <translation>Usage: bodegactl [--db PATH] [--json] [--user NAME] COMMAND
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
</translation>
    </message>
    <message>
        <source>webhook.enabled is true or false, not &quot;%1&quot;</source>
        <translation>webhook.enabled is true or false, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>bodega::Cart</name>
    <message>
        <source>%1 is no longer sold (inactive)</source>
        <translation>%1 is no longer sold (inactive)</translation>
    </message>
    <message>
        <source>%1 is priced in %2, this sale is in %3</source>
        <translation>%1 is priced in %2, this sale is in %3</translation>
    </message>
    <message>
        <source>A sale has at most %1 lines</source>
        <translation>A sale has at most %1 lines</translation>
    </message>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>The quantity must be more than zero</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>The quantity is too large</translation>
    </message>
    <message>
        <source>%1 is sold by the unit, not by weight</source>
        <translation>%1 is sold by the unit, not by weight</translation>
    </message>
    <message>
        <source>The line&apos;s amount is too large</source>
        <translation>The line&apos;s amount is too large</translation>
    </message>
    <message>
        <source>There is no line %1</source>
        <translation>There is no line %1</translation>
    </message>
    <message>
        <source>%1 has no price per unit to weigh by</source>
        <translation>%1 has no price per unit to weigh by</translation>
    </message>
    <message>
        <source>A weighed item&apos;s quantity comes from its label</source>
        <translation>A weighed item&apos;s quantity comes from its label</translation>
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
        <source>Prices in this store are in %1</source>
        <translation>Prices in this store are in %1</translation>
    </message>
    <message>
        <source>The sale has no lines</source>
        <translation>The sale has no lines</translation>
    </message>
    <message>
        <source>Sales in this store are in %1</source>
        <translation>Sales in this store are in %1</translation>
    </message>
    <message>
        <source>The payments were taken for %1, the sale now comes to %2</source>
        <translation>The payments were taken for %1, the sale now comes to %2</translation>
    </message>
    <message>
        <source>A discount of more than %1 % needs a manager&apos;s approval</source>
        <translation>A discount of more than %1 % needs a manager&apos;s approval</translation>
    </message>
    <message>
        <source>There is no line %1</source>
        <translation>There is no line %1</translation>
    </message>
    <message>
        <source>Voiding a whole sale needs a manager&apos;s approval</source>
        <translation>Voiding a whole sale needs a manager&apos;s approval</translation>
    </message>
    <message>
        <source>A return needs a reason</source>
        <translation>A return needs a reason</translation>
    </message>
    <message>
        <source>Say which lines come back</source>
        <translation>Say which lines come back</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Line %1 is listed twice</source>
        <translation>Line %1 is listed twice</translation>
    </message>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>The quantity must be more than zero</translation>
    </message>
    <message>
        <source>Sale %1 has no line %2</source>
        <translation>Sale %1 has no line %2</translation>
    </message>
    <message>
        <source>Line %1: only %2 can still come back</source>
        <translation>Line %1: only %2 can still come back</translation>
    </message>
    <message>
        <source>Return of %1</source>
        <translation>Return of %1</translation>
    </message>
    <message>
        <source>This sale was already recorded as %1</source>
        <translation>This sale was already recorded as %1</translation>
    </message>
    <message>
        <source>Active is yes or no, not &quot;%1&quot;</source>
        <translation>Active is yes or no, not &quot;%1&quot;</translation>
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
    <name>bodega::CsvWriter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>Cannot write the CSV: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::DailySalesReport</name>
    <message>
        <source>The day must be a date as YYYY-MM-DD: %1</source>
        <translation>The day must be a date as YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>The format is pdf or csv, not %1</source>
        <translation>The format is pdf or csv, not %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(no user)</translation>
    </message>
</context>
<context>
    <name>bodega::DashboardPage</name>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <source>Sales &amp;by:</source>
        <translation>Sales &amp;by:</translation>
    </message>
    <message>
        <source>Day (last 30 days)</source>
        <translation>Day (last 30 days)</translation>
    </message>
    <message>
        <source>Week (last 12 weeks)</source>
        <translation>Week (last 12 weeks)</translation>
    </message>
    <message>
        <source>Month (last 12 months)</source>
        <translation>Month (last 12 months)</translation>
    </message>
    <message>
        <source>Stock against threshold</source>
        <translation>Stock against threshold</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Days of cover</translation>
    </message>
    <message>
        <source>Net sales over time</source>
        <translation>Net sales over time</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Best sellers</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Only a manager or an admin may see the dashboard: log in at the till as one. (%1)</source>
        <translation>Only a manager or an admin may see the dashboard: log in at the till as one. (%1)</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>The dashboard could not be read: %1</translation>
    </message>
    <message>
        <source>The store has no products yet. Add products (or fill the demo store) and sell: stock, sales and best sellers show here.</source>
        <translation>The store has no products yet. Add products (or fill the demo store) and sell: stock, sales and best sellers show here.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Nothing to show yet.</translation>
    </message>
    <message>
        <source>No product is below its threshold.</source>
        <translation>No product is below its threshold.</translation>
    </message>
    <message>
        <source>More than %1 products are below their threshold.</source>
        <translation>More than %1 products are below their threshold.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below their threshold.</source>
        <translation>
            <numerusform>%n product below its threshold.</numerusform>
            <numerusform>%n products below their threshold.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Net sales shown: %2. Updated %3.</source>
        <translation>%1 Net sales shown: %2. Updated %3.</translation>
    </message>
    <message>
        <source>Stock against threshold: no product is low</source>
        <translation>Stock against threshold: no product is low</translation>
    </message>
    <message numerus="yes">
        <source>Stock against threshold, the %n lowest (click a bar to open the product)</source>
        <translation>
            <numerusform>Stock against threshold, the lowest one (click the bar to open the product)</numerusform>
            <numerusform>Stock against threshold, the %n lowest (click a bar to open the product)</numerusform>
        </translation>
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
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>%1 (%2)
Stock %3, threshold %4</source>
        <translation>%1 (%2)
Stock %3, threshold %4</translation>
    </message>
    <message>
        <source>Days of cover: no product is low</source>
        <translation>Days of cover: no product is low</translation>
    </message>
    <message>
        <source>Days of cover at the forecast pace (no bar: does not sell)</source>
        <translation>Days of cover at the forecast pace (no bar: does not sell)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>%1
%2 days of cover at %3 a day; runs out %4</source>
        <translation>%1
%2 days of cover at %3 a day; runs out %4</translation>
    </message>
    <message>
        <source>%1
Does not sell: no stock-out expected</source>
        <translation>%1
Does not sell: no stock-out expected</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>a day</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>a week</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>a month</translation>
    </message>
    <message>
        <source>Net sales %1: no sales yet</source>
        <translation>Net sales %1: no sales yet</translation>
    </message>
    <message>
        <source>Net sales %1</source>
        <translation>Net sales %1</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n sale(s), net %2 (refunds %3)</source>
        <translation>
            <numerusform>%1
%n sale, net %2 (refunds %3)</numerusform>
            <numerusform>%1
%n sales, net %2 (refunds %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Best sellers, last 7 days: no sales yet</source>
        <translation>Best sellers, last 7 days: no sales yet</translation>
    </message>
    <message>
        <source>Best sellers, last 7 days</source>
        <translation>Best sellers, last 7 days</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 sold for %4</source>
        <translation>%1 (%2)
%3 sold for %4</translation>
    </message>
    <message>
        <source>Sales by category, last 7 days: no sales yet</source>
        <translation>Sales by category, last 7 days: no sales yet</translation>
    </message>
    <message>
        <source>Sales by category, last 7 days</source>
        <translation>Sales by category, last 7 days</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1
%2, %3 % of net sales</source>
        <translation>%1
%2, %3 % of net sales</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>bodega::DashboardQuery</name>
    <message>
        <source>The sales chart spans at most %1 days; %2 %3s do not fit.</source>
        <translation>The sales chart spans at most %1 days; %2 %3s do not fit.</translation>
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
    <name>bodega::Discount</name>
    <message>
        <source>A discount is between 0 % and 100 %</source>
        <translation>A discount is between 0 % and 100 %</translation>
    </message>
    <message>
        <source>A discount cannot be negative</source>
        <translation>A discount cannot be negative</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentCounter</name>
    <message>
        <source>No receipt number was issued</source>
        <translation>No receipt number was issued</translation>
    </message>
    <message>
        <source>No purchase order number was issued</source>
        <translation>No purchase order number was issued</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentPrinter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Sales invoice %1</source>
        <translation>Sales invoice %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Cannot lay out %1 as a PDF</source>
        <translation>Cannot lay out %1 as a PDF</translation>
    </message>
    <message>
        <source>There is no receipt printer</source>
        <translation>There is no receipt printer</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; is not available</source>
        <translation>The receipt printer &quot;%1&quot; is not available</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; refused the receipt</source>
        <translation>The receipt printer &quot;%1&quot; refused the receipt</translation>
    </message>
    <message>
        <source>The receipt printer &quot;%1&quot; failed while printing</source>
        <translation>The receipt printer &quot;%1&quot; failed while printing</translation>
    </message>
    <message>
        <source>No folder is set for invoices</source>
        <translation>No folder is set for invoices</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Z report %1 %2</source>
        <translation>Z report %1 %2</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Purchase order %1</translation>
    </message>
    <message>
        <source>Daily sales report %1</source>
        <translation>Daily sales report %1</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentQueue</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The invoice %1 cannot be read back: %2</source>
        <translation>The invoice %1 cannot be read back: %2</translation>
    </message>
</context>
<context>
    <name>bodega::DocumentWorker</name>
    <message>
        <source>The store is not open</source>
        <translation>The store is not open</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
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
    <name>bodega::FileCredentialStore</name>
    <message>
        <source>Cannot store the password: %1</source>
        <translation>Cannot store the password: %1</translation>
    </message>
    <message>
        <source>a file only you can read, in %1</source>
        <translation>a file only you can read, in %1</translation>
    </message>
</context>
<context>
    <name>bodega::FirstRunWizard</name>
    <message>
        <source>Set up Bodega</source>
        <translation>Set up Bodega</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>Your store</translation>
    </message>
    <message>
        <source>How the store is called on receipts, the money it sells in and the IVA rates its products carry. You can change them later in Settings (Ctrl+,).</source>
        <translation>How the store is called on receipts, the money it sells in and the IVA rates its products carry. You can change them later in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>This terminal and the server</source>
        <translation>This terminal and the server</translation>
    </message>
    <message>
        <source>Each till has its own code. With a central server (optional), terminals share the catalog and stock; without one, this store works on its own and can join a server later.</source>
        <translation>Each till has its own code. With a central server (optional), terminals share the catalog and stock; without one, this store works on its own and can join a server later.</translation>
    </message>
    <message>
        <source>AI (optional)</source>
        <translation>AI (optional)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server (Ollama, llama.cpp, OpenAI...) writes product descriptions and answers the assistant. Without one, the offline engine built into Bodega does. The key is kept in the keychain or a private file, never in the store.</source>
        <translation>An OpenAI-compatible server (Ollama, llama.cpp, OpenAI...) writes product descriptions and answers the assistant. Without one, the offline engine built into Bodega does. The key is kept in the keychain or a private file, never in the store.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Start &amp;empty: I will add or import my products</source>
        <translation>Start &amp;empty: I will add or import my products</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo store (%1 products of a Colombian mini-market) to try Bodega</source>
        <translation>Fill with a &amp;demo store (%1 products of a Colombian mini-market) to try Bodega</translation>
    </message>
    <message>
        <source>Saving and registering this terminal…</source>
        <translation>Saving and registering this terminal…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Not saved: %1 (%2)</translation>
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
    <message>
        <source>The page to open on: till or products.</source>
        <translation>The page to open on: till or products.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
</context>
<context>
    <name>bodega::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price (tax included)</source>
        <translation>Price (tax included)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Unit (unit, kg, l)</source>
        <translation>Unit (unit, kg, l)</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>Tax rate (%)</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Low-stock threshold</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>AI-written marks</source>
        <translation>AI-written marks</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>Choose a product CSV: a Shopify product export (either header set) or any spreadsheet saved as CSV, with commas or semicolons. Nothing changes until you confirm the import.</source>
        <translation>Choose a product CSV: a Shopify product export (either header set) or any spreadsheet saved as CSV, with commas or semicolons. Nothing changes until you confirm the import.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Detected format:</source>
        <translation>Detected format:</translation>
    </message>
    <message>
        <source>Say what each column of the file is. The guesses come from the column names; a column set to &quot;(ignore)&quot; is not read.</source>
        <translation>Say what each column of the file is. The guesses come from the column names; a column set to &quot;(ignore)&quot; is not read.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>Product field</source>
        <translation>Product field</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>&amp;Skip the rejected rows and import the others</source>
        <translation>&amp;Skip the rejected rows and import the others</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Check the file &gt;</source>
        <translation>&amp;Check the file &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 — %2 columns</source>
        <translation>%1 — %2 columns</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>Cancelling: everything is being rolled back…</source>
        <translation>Cancelling: everything is being rolled back…</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Checking every row of %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Checking: %1 rows read</source>
        <translation>Checking: %1 rows read</translation>
    </message>
    <message>
        <source>Importing: %1 rows</source>
        <translation>Importing: %1 rows</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 rows read. Nothing has changed yet.&lt;br&gt;Would create: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Would update: &lt;b&gt;%4&lt;/b&gt; (matched by SKU, then barcode) &amp;nbsp;·&amp;nbsp; Rejected: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 rows read. Nothing has changed yet.&lt;br&gt;Would create: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Would update: &lt;b&gt;%4&lt;/b&gt; (matched by SKU, then barcode) &amp;nbsp;·&amp;nbsp; Rejected: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <source>Imported. Created: %1 · Updated: %2 · Rows skipped: %3</source>
        <translation>Imported. Created: %1 · Updated: %2 · Rows skipped: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Cannot be read: %1</translation>
    </message>
    <message>
        <source>Shopify CSV, export header set (*.csv)</source>
        <translation>Shopify CSV, export header set (*.csv)</translation>
    </message>
    <message>
        <source>Shopify CSV, current template (*.csv)</source>
        <translation>Shopify CSV, current template (*.csv)</translation>
    </message>
    <message>
        <source>Generic CSV (*.csv)</source>
        <translation>Generic CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>%1 products exported to %2</source>
        <translation>%1 products exported to %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>bodega::ImportWorker</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::KeychainCredentialStore</name>
    <message>
        <source>the desktop keychain</source>
        <translation>the desktop keychain</translation>
    </message>
</context>
<context>
    <name>bodega::LlmEnricher</name>
    <message>
        <source>The AI answer is not the JSON object that was asked for.</source>
        <translation>The AI answer is not the JSON object that was asked for.</translation>
    </message>
    <message>
        <source>The AI answer has no description.</source>
        <translation>The AI answer has no description.</translation>
    </message>
    <message>
        <source>The AI suggested the category &quot;%1&quot;, which this store does not have.</source>
        <translation>The AI suggested the category &quot;%1&quot;, which this store does not have.</translation>
    </message>
    <message>
        <source>%1 The offline assistant wrote this suggestion instead.</source>
        <translation>%1 The offline assistant wrote this suggestion instead.</translation>
    </message>
    <message>
        <source>The AI service failed several times in a row and is paused.</source>
        <translation>The AI service failed several times in a row and is paused.</translation>
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
    <message>
        <source>webhook failed: %1</source>
        <translation>webhook failed: %1</translation>
    </message>
    <message>
        <source>Products below their threshold</source>
        <translation>Products below their threshold</translation>
    </message>
    <message>
        <source>Low-stock alerts</source>
        <translation>Low-stock alerts</translation>
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
    <message numerus="yes">
        <source>%n receipt(s) or invoice(s) waiting for a reprint: %1</source>
        <translation>
            <numerusform>%n receipt or invoice waiting for a reprint: %1</numerusform>
            <numerusform>%n receipts or invoices waiting for a reprint: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) printed</source>
        <translation>
            <numerusform>%n document printed</numerusform>
            <numerusform>%n documents printed</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;ill</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>AI re&amp;quests</source>
        <translation>AI re&amp;quests</translation>
    </message>
    <message>
        <source>Assis&amp;tant</source>
        <translation>Assis&amp;tant</translation>
    </message>
    <message>
        <source>Show or hide the assistant (Ctrl+Shift+A)</source>
        <translation>Show or hide the assistant (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>AI: offline engine</source>
        <translation>AI: offline engine</translation>
    </message>
    <message>
        <source>AI: local · %1</source>
        <translation>AI: local · %1</translation>
    </message>
    <message>
        <source>AI: cloud · %1</source>
        <translation>AI: cloud · %1</translation>
    </message>
    <message>
        <source> · breaker open</source>
        <translation> · breaker open</translation>
    </message>
    <message>
        <source> (learning the catalog…)</source>
        <translation> (learning the catalog…)</translation>
    </message>
    <message>
        <source>No AI server is configured: the offline engine answers everything (AI log → AI settings).</source>
        <translation>No AI server is configured: the offline engine answers everything (AI log → AI settings).</translation>
    </message>
    <message>
        <source>The AI server failed several times in a row; until it answers again, the offline engine does.</source>
        <translation>The AI server failed several times in a row; until it answers again, the offline engine does.</translation>
    </message>
    <message>
        <source>%1
Personal data goes only to a server on this computer or the offline engine.</source>
        <translation>%1
Personal data goes only to a server on this computer or the offline engine.</translation>
    </message>
    <message numerus="yes">
        <source>%n low-stock webhook(s) failed for good</source>
        <translation>
            <numerusform>%n low-stock webhook failed for good</numerusform>
            <numerusform>%n low-stock webhooks failed for good</numerusform>
        </translation>
    </message>
    <message>
        <source>Low-stock webhooks: %1</source>
        <translation>Low-stock webhooks: %1</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>D&amp;ashboard</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>Pur&amp;chasing</source>
        <translation>Pur&amp;chasing</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ale&amp;rts</translation>
    </message>
    <message>
        <source>Ale&amp;rts (%1)</source>
        <translation>Ale&amp;rts (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Store, terminal, server, AI, alerts, receipts, language (Ctrl+,)</source>
        <translation>Store, terminal, server, AI, alerts, receipts, language (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>bodega::McpServer</name>
    <message>
        <source>A message is a JSON object.</source>
        <translation>A message is a JSON object.</translation>
    </message>
    <message>
        <source>The message is not valid JSON: %1</source>
        <translation>The message is not valid JSON: %1</translation>
    </message>
    <message>
        <source>Send one message per line: JSON-RPC batches are only part of MCP %1.</source>
        <translation>Send one message per line: JSON-RPC batches are only part of MCP %1.</translation>
    </message>
    <message>
        <source>An empty batch is not a request.</source>
        <translation>An empty batch is not a request.</translation>
    </message>
    <message>
        <source>The message needs &quot;jsonrpc&quot;: &quot;2.0&quot;.</source>
        <translation>The message needs &quot;jsonrpc&quot;: &quot;2.0&quot;.</translation>
    </message>
    <message>
        <source>The message has no method.</source>
        <translation>The message has no method.</translation>
    </message>
    <message>
        <source>The method is a string.</source>
        <translation>The method is a string.</translation>
    </message>
    <message>
        <source>The id is a string or a number.</source>
        <translation>The id is a string or a number.</translation>
    </message>
    <message>
        <source>The params are an object.</source>
        <translation>The params are an object.</translation>
    </message>
    <message>
        <source>This server has no method %1.</source>
        <translation>This server has no method %1.</translation>
    </message>
    <message>
        <source>The params of %1 are an object.</source>
        <translation>The params of %1 are an object.</translation>
    </message>
    <message>
        <source>Send initialize first: the session is not initialized.</source>
        <translation>Send initialize first: the session is not initialized.</translation>
    </message>
    <message>
        <source>initialize is never part of a batch.</source>
        <translation>initialize is never part of a batch.</translation>
    </message>
    <message>
        <source>The session is already initialized (MCP %1).</source>
        <translation>The session is already initialized (MCP %1).</translation>
    </message>
    <message>
        <source>initialize needs protocolVersion, the MCP revision the client speaks.</source>
        <translation>initialize needs protocolVersion, the MCP revision the client speaks.</translation>
    </message>
    <message>
        <source>Write tools are on: they change the store.</source>
        <translation>Write tools are on: they change the store.</translation>
    </message>
    <message>
        <source>Read-only: tools that change the store are off.</source>
        <translation>Read-only: tools that change the store are off.</translation>
    </message>
    <message>
        <source>Tools over one Bodega store: products, stock, low stock and sales. Amounts are integers in minor units of the store&apos;s currency. %1</source>
        <translation>Tools over one Bodega store: products, stock, low stock and sales. Amounts are integers in minor units of the store&apos;s currency. %1</translation>
    </message>
    <message>
        <source>This server lists every tool at once: there is no next page.</source>
        <translation>This server lists every tool at once: there is no next page.</translation>
    </message>
    <message>
        <source>tools/call needs the tool&apos;s name.</source>
        <translation>tools/call needs the tool&apos;s name.</translation>
    </message>
    <message>
        <source>There is no tool %1.</source>
        <translation>There is no tool %1.</translation>
    </message>
    <message>
        <source>The arguments of a tool are an object.</source>
        <translation>The arguments of a tool are an object.</translation>
    </message>
    <message>
        <source>The tool failed.</source>
        <translation>The tool failed.</translation>
    </message>
    <message>
        <source>The tool %1 failed.</source>
        <translation>The tool %1 failed.</translation>
    </message>
</context>
<context>
    <name>bodega::McpStdio</name>
    <message>
        <source>Could not write to the MCP client: %1</source>
        <translation>Could not write to the MCP client: %1</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation>The message is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>Could not read from the MCP client: %1</source>
        <translation>Could not read from the MCP client: %1</translation>
    </message>
    <message>
        <source>Could not set up stdout for MCP: %1</source>
        <translation>Could not set up stdout for MCP: %1</translation>
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
    <name>bodega::NightlyReports</name>
    <message>
        <source>The nightly report&apos;s hour is 0 to 23, not %1</source>
        <translation>The nightly report&apos;s hour is 0 to 23, not %1</translation>
    </message>
    <message>
        <source>The reports folder must be a full path: %1</source>
        <translation>The reports folder must be a full path: %1</translation>
    </message>
    <message>
        <source>Choose the day to report</source>
        <translation>Choose the day to report</translation>
    </message>
    <message>
        <source>No PDF writer is available here</source>
        <translation>No PDF writer is available here</translation>
    </message>
    <message>
        <source>Cannot create the reports folder %1</source>
        <translation>Cannot create the reports folder %1</translation>
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
    <name>bodega::OpenAiChatModel</name>
    <message>
        <source>No AI model is configured.</source>
        <translation>No AI model is configured.</translation>
    </message>
    <message>
        <source>The AI server address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>The AI server address &quot;%1&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <source>A chat request needs a message.</source>
        <translation>A chat request needs a message.</translation>
    </message>
    <message>
        <source>The AI service at %1 failed repeatedly; it is tried again in %2 s.</source>
        <translation>The AI service at %1 failed repeatedly; it is tried again in %2 s.</translation>
    </message>
    <message>
        <source>The AI server cannot call tools (%1). Start vLLM with --enable-auto-tool-choice and --tool-call-parser, or pick a model that supports tools.</source>
        <translation>The AI server cannot call tools (%1). Start vLLM with --enable-auto-tool-choice and --tool-call-parser, or pick a model that supports tools.</translation>
    </message>
    <message>
        <source>The AI request was downgraded too many times.</source>
        <translation>The AI request was downgraded too many times.</translation>
    </message>
    <message>
        <source>The AI service refused the API key (HTTP %1): %2</source>
        <translation>The AI service refused the API key (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The AI service does not know the model &quot;%1&quot; or the address %2 (HTTP 404): %3</source>
        <translation>The AI service does not know the model &quot;%1&quot; or the address %2 (HTTP 404): %3</translation>
    </message>
    <message>
        <source>The AI service rejected the request (HTTP %1): %2</source>
        <translation>The AI service rejected the request (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The AI service at %1 did not answer within %2 s.</source>
        <translation>The AI service at %1 did not answer within %2 s.</translation>
    </message>
    <message>
        <source>The AI service at %1 could not be reached: %2</source>
        <translation>The AI service at %1 could not be reached: %2</translation>
    </message>
    <message>
        <source>The AI service is limiting requests (HTTP 429): %1</source>
        <translation>The AI service is limiting requests (HTTP 429): %1</translation>
    </message>
    <message>
        <source>The AI service at %1 failed (HTTP %2): %3</source>
        <translation>The AI service at %1 failed (HTTP %2): %3</translation>
    </message>
    <message>
        <source>the reply is larger than %1 MB</source>
        <translation>the reply is larger than %1 MB</translation>
    </message>
</context>
<context>
    <name>bodega::OpenAiWire</name>
    <message>
        <source>The AI service sent a reply that could not be read (%1): %2</source>
        <translation>The AI service sent a reply that could not be read (%1): %2</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>The AI service failed: %1</source>
        <translation>The AI service failed: %1</translation>
    </message>
    <message>
        <source>no choice in the reply</source>
        <translation>no choice in the reply</translation>
    </message>
    <message>
        <source>no message in the choice</source>
        <translation>no message in the choice</translation>
    </message>
    <message>
        <source>content is not text</source>
        <translation>content is not text</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>not an array</translation>
    </message>
    <message>
        <source>a tool call without a name</source>
        <translation>a tool call without a name</translation>
    </message>
    <message>
        <source>no model list in the reply</source>
        <translation>no model list in the reply</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>an event line is too long</source>
        <translation>an event line is too long</translation>
    </message>
    <message>
        <source>an event is too long</source>
        <translation>an event is too long</translation>
    </message>
    <message>
        <source>an event is not a JSON object (chunk %1)</source>
        <translation>an event is not a JSON object (chunk %1)</translation>
    </message>
    <message>
        <source>The AI service failed while answering: %1</source>
        <translation>The AI service failed while answering: %1</translation>
    </message>
    <message>
        <source>tool call index %1</source>
        <translation>tool call index %1</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>the stream ended before the answer was complete</translation>
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
    <message>
        <source>Stock-out forecast</source>
        <translation>Stock-out forecast</translation>
    </message>
    <message>
        <source>Invoice PDF ready</source>
        <translation>Invoice PDF ready</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>Audit record</translation>
    </message>
</context>
<context>
    <name>bodega::PasswordHasher</name>
    <message>
        <source>The cryptography library did not start</source>
        <translation>The cryptography library did not start</translation>
    </message>
    <message>
        <source>Not enough memory to hash the secret</source>
        <translation>Not enough memory to hash the secret</translation>
    </message>
</context>
<context>
    <name>bodega::PosPage</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Scan or search</translation>
    </message>
    <message>
        <source>Scan a barcode or type a product name</source>
        <translation>Scan a barcode or type a product name</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Products found</translation>
    </message>
    <message>
        <source>Sale lines</source>
        <translation>Sale lines</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>F2 Quantity</source>
        <translation>F2 Quantity</translation>
    </message>
    <message>
        <source>F3 Line discount</source>
        <translation>F3 Line discount</translation>
    </message>
    <message>
        <source>F4 Sale discount</source>
        <translation>F4 Sale discount</translation>
    </message>
    <message>
        <source>F8 Void line</source>
        <translation>F8 Void line</translation>
    </message>
    <message>
        <source>F9 New sale</source>
        <translation>F9 New sale</translation>
    </message>
    <message>
        <source>F12 Pay</source>
        <translation>F12 Pay</translation>
    </message>
    <message>
        <source>Till locked: log in to sell</source>
        <translation>Till locked: log in to sell</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Authorisation or reference</source>
        <translation>Authorisation or reference</translation>
    </message>
    <message>
        <source>F5 Method</source>
        <translation>F5 Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Enter adds the payment; the sale completes when it is paid in full. Esc goes back to the sale.</source>
        <translation>Enter adds the payment; the sale completes when it is paid in full. Esc goes back to the sale.</translation>
    </message>
    <message>
        <source>Scan a product first</source>
        <translation>Scan a product first</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <source>10% or an amount, then Enter (Esc cancels)</source>
        <translation>10% or an amount, then Enter (Esc cancels)</translation>
    </message>
    <message>
        <source>New quantity, then Enter (Esc cancels)</source>
        <translation>New quantity, then Enter (Esc cancels)</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;</source>
        <translation>No product matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Finish or cancel the payment before adding products</source>
        <translation>Finish or cancel the payment before adding products</translation>
    </message>
    <message>
        <source>There is no line to void</source>
        <translation>There is no line to void</translation>
    </message>
    <message>
        <source>Line voided: %1</source>
        <translation>Line voided: %1</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <source>Payment cancelled: the sale is still open</source>
        <translation>Payment cancelled: the sale is still open</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Recording the sale…</translation>
    </message>
    <message>
        <source>Sale %1 recorded. Change: %2</source>
        <translation>Sale %1 recorded. Change: %2</translation>
    </message>
    <message>
        <source>Sale %1 recorded.</source>
        <translation>Sale %1 recorded.</translation>
    </message>
    <message>
        <source>Stock went below zero: count the shelf.</source>
        <translation>Stock went below zero: count the shelf.</translation>
    </message>
    <message>
        <source>Change
%1</source>
        <translation>Change
%1</translation>
    </message>
    <message>
        <source>Paid exactly</source>
        <translation>Paid exactly</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>No product with the code %1</source>
        <translation>No product with the code %1</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>The sale was not recorded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts: %1</source>
        <translation>Discounts: %1</translation>
    </message>
    <message>
        <source>VAT included: %1</source>
        <translation>VAT included: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Manager&apos;s user name, then Enter (Esc cancels)</source>
        <translation>Manager&apos;s user name, then Enter (Esc cancels)</translation>
    </message>
    <message>
        <source>Not approved: change the discount or ask a manager</source>
        <translation>Not approved: change the discount or ask a manager</translation>
    </message>
    <message>
        <source>The void was not recorded: %1</source>
        <translation>The void was not recorded: %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, then Enter</source>
        <translation>%1&apos;s PIN, then Enter</translation>
    </message>
    <message>
        <source>Approved by %1. Recording the sale…</source>
        <translation>Approved by %1. Recording the sale…</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Sale voided</translation>
    </message>
    <message>
        <source>F7 Reprint</source>
        <translation>F7 Reprint</translation>
    </message>
    <message>
        <source>No sale to reprint yet</source>
        <translation>No sale to reprint yet</translation>
    </message>
    <message>
        <source>Reprinting receipt %1</source>
        <translation>Reprinting receipt %1</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Recent sales</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>F6 Shift</source>
        <translation>F6 Shift</translation>
    </message>
    <message>
        <source>F10 History</source>
        <translation>F10 History</translation>
    </message>
    <message>
        <source>F2 Cash in</source>
        <translation>F2 Cash in</translation>
    </message>
    <message>
        <source>F3 Cash out</source>
        <translation>F3 Cash out</translation>
    </message>
    <message>
        <source>F4 X report</source>
        <translation>F4 X report</translation>
    </message>
    <message>
        <source>F12 Close shift</source>
        <translation>F12 Close shift</translation>
    </message>
    <message>
        <source>Reprint a sale</source>
        <translation>Reprint a sale</translation>
    </message>
    <message>
        <source>Up and Down choose a sale in the list.</source>
        <translation>Up and Down choose a sale in the list.</translation>
    </message>
    <message>
        <source>Enter Reprint the receipt</source>
        <translation>Enter Reprint the receipt</translation>
    </message>
    <message>
        <source>F5 Reprint the invoice (A4)</source>
        <translation>F5 Reprint the invoice (A4)</translation>
    </message>
    <message>
        <source>Esc Back to the sale</source>
        <translation>Esc Back to the sale</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Loading the shift…</source>
        <translation>Loading the shift…</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter reprints (Esc goes back)</source>
        <translation>Up and Down choose, Enter reprints (Esc goes back)</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No shift is open: type the float first</source>
        <translation>No shift is open: type the float first</translation>
    </message>
    <message>
        <source>Writing the X report…</source>
        <translation>Writing the X report…</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1</source>
        <translation>Shift opened with a float of %1</translation>
    </message>
    <message>
        <source>Cash in recorded: %1</source>
        <translation>Cash in recorded: %1</translation>
    </message>
    <message>
        <source>Cash out recorded: %1</source>
        <translation>Cash out recorded: %1</translation>
    </message>
    <message>
        <source>Shift closed. Writing the Z report…</source>
        <translation>Shift closed. Writing the Z report…</translation>
    </message>
    <message>
        <source>No shift open at this till</source>
        <translation>No shift open at this till</translation>
    </message>
    <message>
        <source>Shift open since %1</source>
        <translation>Shift open since %1</translation>
    </message>
    <message>
        <source>Shift closed at %1</source>
        <translation>Shift closed at %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Refunds: %1</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Cash float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Missing
%1</source>
        <translation>Missing
%1</translation>
    </message>
    <message>
        <source>Over
%1</source>
        <translation>Over
%1</translation>
    </message>
    <message>
        <source>The cash is right</source>
        <translation>The cash is right</translation>
    </message>
    <message>
        <source>Type why the cash moved, then Enter (Esc cancels).</source>
        <translation>Type why the cash moved, then Enter (Esc cancels).</translation>
    </message>
    <message>
        <source>Count the drawer and type the cash in it, then Enter (Esc cancels).</source>
        <translation>Count the drawer and type the cash in it, then Enter (Esc cancels).</translation>
    </message>
    <message>
        <source>Type the amount, then Enter (Esc cancels).</source>
        <translation>Type the amount, then Enter (Esc cancels).</translation>
    </message>
    <message>
        <source>Esc goes back to the sale.</source>
        <translation>Esc goes back to the sale.</translation>
    </message>
    <message>
        <source>Type a cash float and Enter to open the next shift, or Esc to go back to the sale.</source>
        <translation>Type a cash float and Enter to open the next shift, or Esc to go back to the sale.</translation>
    </message>
    <message>
        <source>Type the cash float in the drawer and Enter to open the shift. Esc goes back to the sale.</source>
        <translation>Type the cash float in the drawer and Enter to open the shift. Esc goes back to the sale.</translation>
    </message>
    <message>
        <source>Reason, then Enter</source>
        <translation>Reason, then Enter</translation>
    </message>
    <message>
        <source>Counted cash, then Enter</source>
        <translation>Counted cash, then Enter</translation>
    </message>
    <message>
        <source>Amount, then Enter</source>
        <translation>Amount, then Enter</translation>
    </message>
    <message>
        <source>F2 cash in, F3 cash out, F4 X report, F12 close</source>
        <translation>F2 cash in, F3 cash out, F4 X report, F12 close</translation>
    </message>
    <message>
        <source>Cash float, then Enter</source>
        <translation>Cash float, then Enter</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message>
        <source>Z report written to %1</source>
        <translation>Z report written to %1</translation>
    </message>
    <message>
        <source>X report written to %1</source>
        <translation>X report written to %1</translation>
    </message>
    <message>
        <source>No sales yet</source>
        <translation>No sales yet</translation>
    </message>
    <message numerus="yes">
        <source>%n recent sale(s): choose one to reprint</source>
        <translation>
            <numerusform>%n recent sale: choose it to reprint</numerusform>
            <numerusform>%n recent sales: choose one to reprint</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sale first</source>
        <translation>Choose a sale first</translation>
    </message>
    <message>
        <source>Reprinting invoice %1</source>
        <translation>Reprinting invoice %1</translation>
    </message>
    <message>
        <source>Esc goes back to the sale before scanning</source>
        <translation>Esc goes back to the sale before scanning</translation>
    </message>
</context>
<context>
    <name>bodega::ProductCsvColumns</name>
    <message>
        <source>Generic CSV</source>
        <translation>Generic CSV</translation>
    </message>
    <message>
        <source>Shopify (current template)</source>
        <translation>Shopify (current template)</translation>
    </message>
    <message>
        <source>Shopify (older export)</source>
        <translation>Shopify (older export)</translation>
    </message>
</context>
<context>
    <name>bodega::ProductCsvReader</name>
    <message>
        <source>The file has no column &quot;%1&quot;</source>
        <translation>The file has no column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use one of %2</source>
        <translation>Unknown field &quot;%1&quot;: use one of %2</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1</source>
        <translation>Two columns are mapped to %1</translation>
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
        <source>Line 1: this Shopify file has no &quot;%1&quot; column</source>
        <translation>Line 1: this Shopify file has no &quot;%1&quot; column</translation>
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
    <message>
        <source>The IVA rates the store was set up with (Settings); the price includes it.</source>
        <translation>The IVA rates the store was set up with (Settings); the price includes it.</translation>
    </message>
    <message>
        <source>IVA rate</source>
        <translation>IVA rate</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 % (not one of the store&apos;s rates)</source>
        <translation>%1 % (not one of the store&apos;s rates)</translation>
    </message>
</context>
<context>
    <name>bodega::ProductImport</name>
    <message>
        <source>SKU %1 appears twice in the file</source>
        <translation>SKU %1 appears twice in the file</translation>
    </message>
    <message>
        <source>Barcode %1 appears twice in the file</source>
        <translation>Barcode %1 appears twice in the file</translation>
    </message>
    <message>
        <source>Stock counted in an import</source>
        <translation>Stock counted in an import</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2 is not one of the store&apos;s tax rates (%3)</source>
        <translation>Column &quot;%1&quot;: %2 is not one of the store&apos;s tax rates (%3)</translation>
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
    <message>
        <source>Product form</source>
        <translation>Product form</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import products from a Shopify or other CSV file</source>
        <translation>Import products from a Shopify or other CSV file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export every product as a Shopify or generic CSV file</source>
        <translation>Export every product as a Shopify or generic CSV file</translation>
    </message>
</context>
<context>
    <name>bodega::PurchaseOrderBook</name>
    <message>
        <source>A purchase order needs at least one line</source>
        <translation>A purchase order needs at least one line</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters</source>
        <translation>The note is longer than 500 characters</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero</source>
        <translation>Line %1: the quantity must be more than zero</translation>
    </message>
    <message>
        <source>Line %1: the unit cost cannot be negative</source>
        <translation>Line %1: the unit cost cannot be negative</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2: it cannot become %3</source>
        <translation>Purchase order %1 is %2: it cannot become %3</translation>
    </message>
    <message>
        <source>Say what arrived: at least one product and quantity</source>
        <translation>Say what arrived: at least one product and quantity</translation>
    </message>
    <message>
        <source>%1 is not on purchase order %2</source>
        <translation>%1 is not on purchase order %2</translation>
    </message>
    <message>
        <source>%1: the quantity received must be more than zero</source>
        <translation>%1: the quantity received must be more than zero</translation>
    </message>
    <message>
        <source>%1: %2 received but only %3 outstanding on %4</source>
        <translation>%1: %2 received but only %3 outstanding on %4</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Purchase order %1</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2: only a draft&apos;s lines can change</source>
        <translation>Purchase order %1 is %2: only a draft&apos;s lines can change</translation>
    </message>
    <message>
        <source>Say which product to add</source>
        <translation>Say which product to add</translation>
    </message>
    <message>
        <source>Purchase order %1 has no line %2</source>
        <translation>Purchase order %1 has no line %2</translation>
    </message>
    <message>
        <source>%1 is the last line of %2: cancel the order instead</source>
        <translation>%1 is the last line of %2: cancel the order instead</translation>
    </message>
</context>
<context>
    <name>bodega::PurchasingPage</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Partially received</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Export purchase order</source>
        <translation>Export purchase order</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Purchase orders</translation>
    </message>
    <message>
        <source>Reorder suggestions</source>
        <translation>Reorder suggestions</translation>
    </message>
    <message>
        <source>Supplier %1 saved</source>
        <translation>Supplier %1 saved</translation>
    </message>
    <message numerus="yes">
        <source>%n draft purchase order(s) created</source>
        <translation>
            <numerusform>%n draft purchase order created</numerusform>
            <numerusform>%n draft purchase orders created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) updated</source>
        <translation>
            <numerusform>%n draft updated</numerusform>
            <numerusform>%n drafts updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) already on a draft</source>
        <translation>
            <numerusform>%n suggestion already on a draft</numerusform>
            <numerusform>%n suggestions already on a draft</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier on file for: %1</source>
        <translation>No supplier on file for: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Distribuidora Andina</source>
        <translation>Distribuidora Andina</translation>
    </message>
    <message>
        <source>Who takes the orders</source>
        <translation>Who takes the orders</translation>
    </message>
    <message>
        <source>orders@supplier.com</source>
        <translation>orders@supplier.com</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>Save supplier</source>
        <translation>Save supplier</translation>
    </message>
    <message>
        <source>What this supplier charges</source>
        <translation>What this supplier charges</translation>
    </message>
    <message>
        <source>Supplier prices</source>
        <translation>Supplier prices</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU or barcode</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Set price</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose a purchase order.</source>
        <translation>Choose a purchase order.</translation>
    </message>
    <message>
        <source>Purchase order lines</source>
        <translation>Purchase order lines</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>Arrived now</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Books what you typed under &quot;Arrived now&quot; into stock</source>
        <translation>Books what you typed under &quot;Arrived now&quot; into stock</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
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
        <translation>Choose the line to remove</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 (lead time %n day(s))</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 (lead time %n day)</numerusform>
            <numerusform>%1 · %2 · %3 · %4 (lead time %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>%1 outstanding</translation>
    </message>
    <message>
        <source>Type under &quot;Arrived now&quot; what came for each line</source>
        <translation>Type under &quot;Arrived now&quot; what came for each line</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>What the recent sales say to order, with each supplier&apos;s lead time and a safety stock. Drafts are orders you can still change before sending.</source>
        <translation>What the recent sales say to order, with each supplier&apos;s lead time and a safety stock. Drafts are orders you can still change before sending.</translation>
    </message>
    <message>
        <source>Create draft purchase &amp;orders</source>
        <translation>Create draft purchase &amp;orders</translation>
    </message>
    <message>
        <source>One draft per supplier at the suggested quantities; a supplier&apos;s open draft is topped up rather than duplicated</source>
        <translation>One draft per supplier at the suggested quantities; a supplier&apos;s open draft is topped up rather than duplicated</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>A day</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Days of cover</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Runs out</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not within a year</source>
        <translation>not within a year</translation>
    </message>
    <message>
        <source>no supplier</source>
        <translation>no supplier</translation>
    </message>
    <message>
        <source>%1 (not on file)</source>
        <translation>%1 (not on file)</translation>
    </message>
    <message>
        <source>Nothing to order: every product that sells has enough cover.</source>
        <translation>Nothing to order: every product that sells has enough cover.</translation>
    </message>
</context>
<context>
    <name>bodega::PurchasingWorker</name>
    <message>
        <source>Draft purchase order created</source>
        <translation>Draft purchase order created</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Line added</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Line removed</translation>
    </message>
    <message>
        <source>Purchase order sent</source>
        <translation>Purchase order sent</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) booked</source>
        <translation>
            <numerusform>%n stock movement booked</numerusform>
            <numerusform>%n stock movements booked</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase order closed</source>
        <translation>Purchase order closed</translation>
    </message>
    <message>
        <source>Purchase order cancelled</source>
        <translation>Purchase order cancelled</translation>
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
    <name>bodega::ReceiptBook</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
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
        <translation>Sales invoice %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Till %1</translation>
    </message>
    <message>
        <source>Till %1 · %2</source>
        <translation>Till %1 · %2</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>  Discount</source>
        <translation>  Discount</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>VAT %1 on %2</translation>
    </message>
    <message>
        <source>%1 (ref. %2)</source>
        <translation>%1 (ref. %2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Thank you for your purchase</source>
        <translation>Thank you for your purchase</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>X report (shift still open)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Sales total</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Cash float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>%1, VAT %2</source>
        <translation>%1, VAT %2</translation>
    </message>
    <message>
        <source>Refunds not in cash</source>
        <translation>Refunds not in cash</translation>
    </message>
    <message>
        <source>of split-tender sales</source>
        <translation>of split-tender sales</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Purchase order %1</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Supplier: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lead time: %n day(s)</source>
        <translation>
            <numerusform>Lead time: %n day</numerusform>
            <numerusform>Lead time: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (received %2)</translation>
    </message>
    <message>
        <source>Daily sales report</source>
        <translation>Daily sales report</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Gross (before discounts)</source>
        <translation>Gross (before discounts)</translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n return(s))</source>
        <translation>
            <numerusform>Refunds (%n return)</numerusform>
            <numerusform>Refunds (%n returns)</numerusform>
        </translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NET</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>of which VAT</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Items sold</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>By tender</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Cash refunds include %1 of split-tender sales</source>
        <translation>Cash refunds include %1 of split-tender sales</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>By cashier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>VAT by rate</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
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
        <translation>Drafted from the reorder suggestions</translation>
    </message>
</context>
<context>
    <name>bodega::ReportsPage</name>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>Daily sales reports</source>
        <translation>Daily sales reports</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <source>Generate now</source>
        <translation>Generate now</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Generate PDF and CSV</source>
        <translation>&amp;Generate PDF and CSV</translation>
    </message>
    <message>
        <source>Nightly report (admins)</source>
        <translation>Nightly report (admins)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Hour:</translation>
    </message>
    <message>
        <source>&quot;reports&quot; beside the store</source>
        <translation>&quot;reports&quot; beside the store</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Reports folder</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Nightly report settings saved</source>
        <translation>Nightly report settings saved</translation>
    </message>
    <message>
        <source>Generating the report of %1…</source>
        <translation>Generating the report of %1…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>%n report file(s) in %1. The nightly report is written at %2:00 (last: %3).</source>
        <translation>
            <numerusform>%n report file in %1. The nightly report is written at %2:00 (last: %3).</numerusform>
            <numerusform>%n report files in %1. The nightly report is written at %2:00 (last: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager or an admin may see the sales reports, and only an admin may change the nightly report: log in at the till as one. (%1)</source>
        <translation>Only a manager or an admin may see the sales reports, and only an admin may change the nightly report: log in at the till as one. (%1)</translation>
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
        <translation>Give either a named period or dates (from, to), not both.</translation>
    </message>
    <message>
        <source>The first day must be a date (YYYY-MM-DD): %1</source>
        <translation>The first day must be a date (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>The last day must be a date (YYYY-MM-DD) on or after the first: %1</source>
        <translation>The last day must be a date (YYYY-MM-DD) on or after the first: %1</translation>
    </message>
    <message>
        <source>A period may span at most %1 days.</source>
        <translation>A period may span at most %1 days.</translation>
    </message>
    <message>
        <source>Unknown period %1; one of %2</source>
        <translation>Unknown period %1; one of %2</translation>
    </message>
</context>
<context>
    <name>bodega::ScaleBarcodeFormat</name>
    <message>
        <source>Scale label prefixes are two digits from 20 to 29, e.g. 20-29 or 20,28</source>
        <translation>Scale label prefixes are two digits from 20 to 29, e.g. 20-29 or 20,28</translation>
    </message>
    <message>
        <source>Give at least one scale label prefix</source>
        <translation>Give at least one scale label prefix</translation>
    </message>
    <message>
        <source>The scale&apos;s item code has 4, 5 or 6 digits</source>
        <translation>The scale&apos;s item code has 4, 5 or 6 digits</translation>
    </message>
    <message>
        <source>Scale labels carry a weight or a price</source>
        <translation>Scale labels carry a weight or a price</translation>
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
    <name>bodega::ServerMigrator</name>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this Bodega knows (%2); update Bodega</source>
        <translation>The server&apos;s schema (version %1) is newer than this Bodega knows (%2); update Bodega</translation>
    </message>
</context>
<context>
    <name>bodega::ServerProbe</name>
    <message>
        <source>The server answers, but its database has no Bodega schema yet: run bodegactl server migrate --url %1</source>
        <translation>The server answers, but its database has no Bodega schema yet: run bodegactl server migrate --url %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this Bodega knows (%2); update Bodega</source>
        <translation>The server&apos;s schema (version %1) is newer than this Bodega knows (%2); update Bodega</translation>
    </message>
</context>
<context>
    <name>bodega::ServerProblem</name>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>not a list</translation>
    </message>
    <message>
        <source>not a time-ordered id (UUIDv7)</source>
        <translation>not a time-ordered id (UUIDv7)</translation>
    </message>
    <message>
        <source>not an id (UUID)</source>
        <translation>not an id (UUID)</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>not a date and time</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>neither yes nor no</source>
        <translation>neither yes nor no</translation>
    </message>
    <message>
        <source>not a positive whole number</source>
        <translation>not a positive whole number</translation>
    </message>
    <message>
        <source>not a whole number other than zero</source>
        <translation>not a whole number other than zero</translation>
    </message>
    <message>
        <source>not an amount of zero or more</source>
        <translation>not an amount of zero or more</translation>
    </message>
    <message>
        <source>not a currency code (ISO 4217)</source>
        <translation>not a currency code (ISO 4217)</translation>
    </message>
    <message>
        <source>not a SHA-256 digest</source>
        <translation>not a SHA-256 digest</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>not a valid value</translation>
    </message>
    <message>
        <source>a value the server does not know</source>
        <translation>a value the server does not know</translation>
    </message>
    <message>
        <source>a kind of event the server does not know</source>
        <translation>a kind of event the server does not know</translation>
    </message>
    <message>
        <source>a version the server does not support</source>
        <translation>a version the server does not support</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>a line is malformed</source>
        <translation>a line is malformed</translation>
    </message>
    <message>
        <source>sent twice in the same batch</source>
        <translation>sent twice in the same batch</translation>
    </message>
    <message>
        <source>already used by another sale</source>
        <translation>already used by another sale</translation>
    </message>
    <message>
        <source>a product the server does not have</source>
        <translation>a product the server does not have</translation>
    </message>
    <message>
        <source>a product the server does not have (%1)</source>
        <translation>a product the server does not have (%1)</translation>
    </message>
    <message>
        <source>this store sells in %1</source>
        <translation>this store sells in %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Field %1: %2</translation>
    </message>
</context>
<context>
    <name>bodega::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Only an admin can change the store&apos;s settings; you can change the language of this computer.</source>
        <translation>Only an admin can change the store&apos;s settings; you can change the language of this computer.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>&amp;Privacy and more AI settings…</source>
        <translation>&amp;Privacy and more AI settings…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>https://n8n.example.com/webhook/bodega — empty: none</source>
        <translation>https://n8n.example.com/webhook/bodega — empty: none</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>&amp;Webhook address:</translation>
    </message>
    <message>
        <source>Send low-stock &amp;alerts to it</source>
        <translation>Send low-stock &amp;alerts to it</translation>
    </message>
    <message>
        <source>HMAC &amp;secret:</source>
        <translation>HMAC &amp;secret:</translation>
    </message>
    <message>
        <source>&amp;Remove the stored secret (send unsigned)</source>
        <translation>&amp;Remove the stored secret (send unsigned)</translation>
    </message>
    <message>
        <source>Each alert is signed with the secret (X-Bodega-Signature) so the receiver can tell it comes from this store.</source>
        <translation>Each alert is signed with the secret (X-Bodega-Signature) so the receiver can tell it comes from this store.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>Receipt &amp;printer:</source>
        <translation>Receipt &amp;printer:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Takes effect after restart.</source>
        <translation>Takes effect after restart.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Registered as terminal %1 of store &quot;%2&quot; at %3. To register again (another server or code), type the owner&apos;s address below.</source>
        <translation>Registered as terminal %1 of store &quot;%2&quot; at %3. To register again (another server or code), type the owner&apos;s address below.</translation>
    </message>
    <message>
        <source>Not registered with a server: this store works on its own. To join one, type the owner&apos;s address below.</source>
        <translation>Not registered with a server: this store works on its own. To join one, type the owner&apos;s address below.</translation>
    </message>
    <message>
        <source>a secret is stored (%1): type to replace it</source>
        <translation>a secret is stored (%1): type to replace it</translation>
    </message>
    <message>
        <source>none; kept in %1</source>
        <translation>none; kept in %1</translation>
    </message>
    <message>
        <source>Saving and registering this terminal…</source>
        <translation>Saving and registering this terminal…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>The settings could not be read: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Not saved: %1 (%2)</translation>
    </message>
    <message>
        <source>80 mm roll (72 mm printed)</source>
        <translation>80 mm roll (72 mm printed)</translation>
    </message>
    <message>
        <source>58 mm roll (48 mm printed)</source>
        <translation>58 mm roll (48 mm printed)</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;er:</translation>
    </message>
    <message>
        <source>The printer and its roll are this computer&apos;s, for receipts and Z reports; invoices are A4 PDFs.</source>
        <translation>The printer and its roll are this computer&apos;s, for receipts and Z reports; invoices are A4 PDFs.</translation>
    </message>
</context>
<context>
    <name>bodega::Settlement</name>
    <message>
        <source>This sale is paid in %1</source>
        <translation>This sale is paid in %1</translation>
    </message>
    <message>
        <source>A payment must be more than zero</source>
        <translation>A payment must be more than zero</translation>
    </message>
    <message>
        <source>The payment is too large</source>
        <translation>The payment is too large</translation>
    </message>
    <message>
        <source>The sale is already paid</source>
        <translation>The sale is already paid</translation>
    </message>
    <message>
        <source>Type the authorisation number from the card terminal</source>
        <translation>Type the authorisation number from the card terminal</translation>
    </message>
    <message>
        <source>Type the transaction reference the customer shows</source>
        <translation>Type the transaction reference the customer shows</translation>
    </message>
    <message>
        <source>The reference is longer than 64 characters</source>
        <translation>The reference is longer than 64 characters</translation>
    </message>
    <message>
        <source>Say which wallet: Nequi, Daviplata, ...</source>
        <translation>Say which wallet: Nequi, Daviplata, ...</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due (%1)</source>
        <translation>Only cash can be more than what is due (%1)</translation>
    </message>
    <message>
        <source>There is no payment %1</source>
        <translation>There is no payment %1</translation>
    </message>
    <message>
        <source>%1 is still due</source>
        <translation>%1 is still due</translation>
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
        <translation>No connection: %1 (%2)</translation>
    </message>
    <message>
        <source>COP — Colombian peso</source>
        <translation>COP — Colombian peso</translation>
    </message>
    <message>
        <source>MXN — Mexican peso</source>
        <translation>MXN — Mexican peso</translation>
    </message>
    <message>
        <source>PEN — Peruvian sol</source>
        <translation>PEN — Peruvian sol</translation>
    </message>
    <message>
        <source>CLP — Chilean peso</source>
        <translation>CLP — Chilean peso</translation>
    </message>
    <message>
        <source>USD — US dollar</source>
        <translation>USD — US dollar</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1, Bodega schema %2.</source>
        <translation>Connected to PostgreSQL %1, Bodega schema %2.</translation>
    </message>
    <message>
        <source>The store already exists there (sells in %1): this terminal joins it.</source>
        <translation>The store already exists there (sells in %1): this terminal joins it.</translation>
    </message>
    <message>
        <source>Connected (%1): %2 answered in %3 ms</source>
        <translation>Connected (%1): %2 answered in %3 ms</translation>
    </message>
    <message>
        <source>server on this computer</source>
        <translation>server on this computer</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>e.g. Tienda Doña Rosa</source>
        <translation>e.g. Tienda Doña Rosa</translation>
    </message>
    <message>
        <source>&amp;Store name:</source>
        <translation>&amp;Store name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>The VAT (IVA) rates products can carry, in percent, separated by semicolons; the first is the usual one.</source>
        <translation>The VAT (IVA) rates products can carry, in percent, separated by semicolons; the first is the usual one.</translation>
    </message>
    <message>
        <source>&amp;IVA rates (%):</source>
        <translation>&amp;IVA rates (%):</translation>
    </message>
    <message>
        <source>Letters and digits, at most 16: receipts are numbered after it (T01-000123).</source>
        <translation>Letters and digits, at most 16: receipts are numbered after it (T01-000123).</translation>
    </message>
    <message>
        <source>&amp;Terminal code:</source>
        <translation>&amp;Terminal code:</translation>
    </message>
    <message>
        <source>postgresql://owner@server:5432/bodega — empty: no server</source>
        <translation>postgresql://owner@server:5432/bodega — empty: no server</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Used once to register this terminal; never stored. The terminal gets a login of its own.</source>
        <translation>Used once to register this terminal; never stored. The terminal gets a login of its own.</translation>
    </message>
    <message>
        <source>Owner &amp;password:</source>
        <translation>Owner &amp;password:</translation>
    </message>
    <message>
        <source>empty: the store name</source>
        <translation>empty: the store name</translation>
    </message>
    <message>
        <source>Store on the ser&amp;ver:</source>
        <translation>Store on the ser&amp;ver:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>http://127.0.0.1:11434/v1 — empty: offline engine only</source>
        <translation>http://127.0.0.1:11434/v1 — empty: offline engine only</translation>
    </message>
    <message>
        <source>AI &amp;address:</source>
        <translation>AI &amp;address:</translation>
    </message>
    <message>
        <source>e.g. llama3.2:3b or gpt-4o-mini</source>
        <translation>e.g. llama3.2:3b or gpt-4o-mini</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>T&amp;est the AI</source>
        <translation>T&amp;est the AI</translation>
    </message>
    <message>
        <source>a key is stored (%1): type to replace it</source>
        <translation>a key is stored (%1): type to replace it</translation>
    </message>
    <message>
        <source>none; kept in %1</source>
        <translation>none; kept in %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Asking the AI…</source>
        <translation>Asking the AI…</translation>
    </message>
</context>
<context>
    <name>bodega::ShiftBook</name>
    <message>
        <source>The float cannot be negative</source>
        <translation>The float cannot be negative</translation>
    </message>
    <message>
        <source>This store counts cash in %1</source>
        <translation>This store counts cash in %1</translation>
    </message>
    <message>
        <source>A shift is already open at %1</source>
        <translation>A shift is already open at %1</translation>
    </message>
    <message>
        <source>Say how much cash moved</source>
        <translation>Say how much cash moved</translation>
    </message>
    <message>
        <source>Cash in or out needs a reason (up to 500 characters)</source>
        <translation>Cash in or out needs a reason (up to 500 characters)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Counted cash cannot be negative</source>
        <translation>Counted cash cannot be negative</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>The shift could not be summed</source>
        <translation>The shift could not be summed</translation>
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
    <name>bodega::StoreSettings</name>
    <message>
        <source>The stored tax rates are unreadable: %1</source>
        <translation>The stored tax rates are unreadable: %1</translation>
    </message>
</context>
<context>
    <name>bodega::StoreSetup</name>
    <message>
        <source>A secret is one line of at most 1000 characters</source>
        <translation>A secret is one line of at most 1000 characters</translation>
    </message>
    <message>
        <source>Type the tax rate in percent</source>
        <translation>Type the tax rate in percent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tax rate: write a percentage such as 19 or 5,5</source>
        <translation>&quot;%1&quot; is not a tax rate: write a percentage such as 19 or 5,5</translation>
    </message>
    <message>
        <source>A tax rate is between 0 % and 100 %</source>
        <translation>A tax rate is between 0 % and 100 %</translation>
    </message>
    <message>
        <source>Give at least one tax rate, e.g. 19; 5; 0</source>
        <translation>Give at least one tax rate, e.g. 19; 5; 0</translation>
    </message>
    <message>
        <source>Give the store a name</source>
        <translation>Give the store a name</translation>
    </message>
    <message>
        <source>The store name is at most 200 characters</source>
        <translation>The store name is at most 200 characters</translation>
    </message>
    <message>
        <source>Unknown currency: %1</source>
        <translation>Unknown currency: %1</translation>
    </message>
    <message>
        <source>Give 1 to %1 tax rates</source>
        <translation>Give 1 to %1 tax rates</translation>
    </message>
    <message>
        <source>The tax rate %1 % is listed twice</source>
        <translation>The tax rate %1 % is listed twice</translation>
    </message>
    <message>
        <source>The store name on the server is at most 200 characters</source>
        <translation>The store name on the server is at most 200 characters</translation>
    </message>
    <message>
        <source>The currency stays %1: the store already has products or sales in it</source>
        <translation>The currency stays %1: the store already has products or sales in it</translation>
    </message>
    <message>
        <source>The currency stays %1: the store sells in it on the server</source>
        <translation>The currency stays %1: the store sells in it on the server</translation>
    </message>
    <message>
        <source>This terminal is registered on the server as %1: register it again to change its code</source>
        <translation>This terminal is registered on the server as %1: register it again to change its code</translation>
    </message>
</context>
<context>
    <name>bodega::StoreTools</name>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Product details</translation>
    </message>
    <message>
        <source>Describe a product</source>
        <translation>Describe a product</translation>
    </message>
    <message>
        <source>Stock of a product</source>
        <translation>Stock of a product</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Recent alerts</translation>
    </message>
    <message>
        <source>Sales summary</source>
        <translation>Sales summary</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Best sellers</translation>
    </message>
    <message>
        <source>Reorder suggestions</source>
        <translation>Reorder suggestions</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Adjust stock</translation>
    </message>
    <message>
        <source>Create a product draft</source>
        <translation>Create a product draft</translation>
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
    <name>bodega::SupplierBook</name>
    <message>
        <source>A supplier needs a name</source>
        <translation>A supplier needs a name</translation>
    </message>
    <message>
        <source>%1 is longer than 200 characters</source>
        <translation>%1 is longer than 200 characters</translation>
    </message>
    <message>
        <source>The lead time is a number of days from 0 to 365</source>
        <translation>The lead time is a number of days from 0 to 365</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; is not an email address</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>A supplier price cannot be negative</source>
        <translation>A supplier price cannot be negative</translation>
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
    <message>
        <source>The server sent a row the first sync does not expect</source>
        <translation>The server sent a row the first sync does not expect</translation>
    </message>
    <message>
        <source>The server answered %1 outcomes for %2 events</source>
        <translation>The server answered %1 outcomes for %2 events</translation>
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
    <message>
        <source>Events waiting to sync</source>
        <translation>Events waiting to sync</translation>
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
<context>
    <name>bodega::Tender</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
</context>
<context>
    <name>bodega::TerminalPreferences</name>
    <message>
        <source>Cannot save this terminal&apos;s preferences in %1</source>
        <translation>Cannot save this terminal&apos;s preferences in %1</translation>
    </message>
    <message>
        <source>The printer name is one line of at most 200 characters</source>
        <translation>The printer name is one line of at most 200 characters</translation>
    </message>
    <message>
        <source>The receipt paper is 80 or 58 (mm roll), not &quot;%1&quot;</source>
        <translation>The receipt paper is 80 or 58 (mm roll), not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>bodega::TerminalRegistration</name>
    <message>
        <source>The terminal code must be 1 to 16 letters or digits</source>
        <translation>The terminal code must be 1 to 16 letters or digits</translation>
    </message>
    <message>
        <source>The store name must be 1 to 200 characters</source>
        <translation>The store name must be 1 to 200 characters</translation>
    </message>
    <message>
        <source>Store %1 sells in %2 on the server, this store file in %3</source>
        <translation>Store %1 sells in %2 on the server, this store file in %3</translation>
    </message>
</context>
<context>
    <name>bodega::ToolRegistry</name>
    <message>
        <source>The tool %1 changes the store, and write tools are off. An admin can turn them on.</source>
        <translation>The tool %1 changes the store, and write tools are off. An admin can turn them on.</translation>
    </message>
    <message>
        <source>Sign in to use the store&apos;s tools.</source>
        <translation>Sign in to use the store&apos;s tools.</translation>
    </message>
    <message>
        <source>Wrong arguments for %1: %2</source>
        <translation>Wrong arguments for %1: %2</translation>
    </message>
    <message>
        <source>The tool %1 gave a result outside its contract.</source>
        <translation>The tool %1 gave a result outside its contract.</translation>
    </message>
</context>
<context>
    <name>bodega::UserStore</name>
    <message>
        <source>A PIN is 4 to 8 digits</source>
        <translation>A PIN is 4 to 8 digits</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters</source>
        <translation>A password has 8 to 128 characters</translation>
    </message>
    <message>
        <source>A user name is 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;</source>
        <translation>A user name is 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>The first user of a store is its admin</source>
        <translation>The first user of a store is its admin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>bodega::WebhookQueue</name>
    <message>
        <source>Webhook delivery</source>
        <translation>Webhook delivery</translation>
    </message>
    <message>
        <source>Only a failed webhook delivery can be retried; this one is %1</source>
        <translation>Only a failed webhook delivery can be retried; this one is %1</translation>
    </message>
</context>
<context>
    <name>bodega::WebhookSender</name>
    <message>
        <source>The webhook did not answer within %1 s</source>
        <translation>The webhook did not answer within %1 s</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1</source>
        <translation>The webhook answered HTTP %1</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>The webhook could not be reached: %1</translation>
    </message>
</context>
<context>
    <name>bodega::WebhookSettings</name>
    <message>
        <source>The webhook address is at most 500 characters</source>
        <translation>The webhook address is at most 500 characters</translation>
    </message>
    <message>
        <source>The webhook address must start with http:// or https:// (e.g. https://n8n.example.com/webhook/bodega)</source>
        <translation>The webhook address must start with http:// or https:// (e.g. https://n8n.example.com/webhook/bodega)</translation>
    </message>
    <message>
        <source>The webhook address needs a host name</source>
        <translation>The webhook address needs a host name</translation>
    </message>
    <message>
        <source>There is no place to keep the webhook secret</source>
        <translation>There is no place to keep the webhook secret</translation>
    </message>
    <message>
        <source>The webhook secret is one line of at most 1000 characters</source>
        <translation>The webhook secret is one line of at most 1000 characters</translation>
    </message>
</context>
</TS>
