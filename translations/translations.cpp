// The .qm files are embedded by qt_add_translations; this file only gives the
// library a translation unit.
namespace bodega {
int translationsAnchor() { return 0; }
} // namespace bodega
