// The resource data itself is compiled by qt_add_resources into object files
// that travel with this library's link interface; this file only gives the
// library a translation unit.
namespace bodega {
int resourcesAnchor() { return 0; }
} // namespace bodega
