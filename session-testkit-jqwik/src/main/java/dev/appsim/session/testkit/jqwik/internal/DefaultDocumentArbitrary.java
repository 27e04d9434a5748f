package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.jqwik.DocumentArbitrary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** {@link DocumentArbitrary} over {@link Settings}; each setting clones. */
public final class DefaultDocumentArbitrary extends ArbitraryDecorator<SessionDocument> implements DocumentArbitrary {
  private Settings settings;

  public DefaultDocumentArbitrary(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected Arbitrary<SessionDocument> arbitrary() {
    return Documents.documents(settings);
  }

  private DocumentArbitrary with(Settings changed) {
    DefaultDocumentArbitrary copy = typedClone();
    copy.settings = changed;
    return copy;
  }

  @Override
  public DocumentArbitrary withNodes(int min, int max) {
    return with(settings.withNodes(min, max));
  }

  @Override
  public DocumentArbitrary withVertices(int min, int max) {
    return with(settings.withVertices(min, max));
  }

  @Override
  public DocumentArbitrary withExtensionDepth(int depth) {
    return with(settings.withExtensionDepth(depth));
  }

  @Override
  public DocumentArbitrary withoutExtensions() {
    return with(settings.withExtensions(false));
  }

  @Override
  public DocumentArbitrary nasty() {
    return with(settings.withNasty(true));
  }
}
