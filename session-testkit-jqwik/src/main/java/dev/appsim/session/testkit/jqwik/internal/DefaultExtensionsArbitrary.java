package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.testkit.jqwik.ExtensionsArbitrary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** {@link ExtensionsArbitrary} over {@link Settings}; each setting clones. */
public final class DefaultExtensionsArbitrary extends ArbitraryDecorator<Extensions> implements ExtensionsArbitrary {
  private Settings settings;

  public DefaultExtensionsArbitrary(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected Arbitrary<Extensions> arbitrary() {
    return ExtensionValues.extensions(settings.extensionDepth(), settings.nasty());
  }

  private ExtensionsArbitrary with(Settings changed) {
    DefaultExtensionsArbitrary copy = typedClone();
    copy.settings = changed;
    return copy;
  }

  @Override
  public ExtensionsArbitrary withDepth(int depth) {
    return with(settings.withExtensionDepth(depth));
  }

  @Override
  public ExtensionsArbitrary nasty() {
    return with(settings.withNasty(true));
  }
}
