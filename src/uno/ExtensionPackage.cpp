#include "ExtensionPackage.hpp"

#include <com/sun/star/deployment/XPackageInformationProvider.hpp>

namespace pa::uno {

rtl::OUString extensionLocation(const css::uno::Reference<css::uno::XComponentContext> &context) {
    css::uno::Reference<css::deployment::XPackageInformationProvider> packages(
        context->getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider"),
        css::uno::UNO_QUERY_THROW);
    return packages->getPackageLocation(rtl::OUString::createFromAscii(kExtensionIdentifier));
}

} // namespace pa::uno
