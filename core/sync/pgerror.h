#pragma once

#include "common/error.h"

#include <exception>

namespace bodega {

// libpqxx reports by exception; this turns one into our Error at the edge of
// the sync code, so no exception leaves it. What a retry may cure (broken or
// unknown-outcome connections, serialization failures, a server shutting down,
// a schema not migrated yet) becomes ServerUnavailable; data errors that
// belong to the request (SQLSTATE classes 22 and 23) become ServerRejected.
Error errorFromPqxx(const std::exception &e, const QString &context);

} // namespace bodega
