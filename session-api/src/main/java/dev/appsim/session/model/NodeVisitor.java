package dev.appsim.session.model;

/**
 * One method per node kind, so that code handling kinds is checked by the compiler: adding a kind
 * adds a method here, and every visitor that does not handle it stops compiling. Java 17 has no
 * pattern {@code switch}, and an {@code instanceof} chain silently skips a kind it forgot.
 *
 * <pre>{@code
 * String what = node.accept(new NodeVisitor<String>() {
 *   public String group(GroupNode g) { return "group"; }
 *   public String model(ModelNode m) { return "model from " + m.asset(); }
 *   public String light(LightNode l) { return l.light().type().wireName() + " light"; }
 *   public String anchor(AnchorNode a) { return "anchor " + a.anchorId(); }
 * });
 * }</pre>
 *
 * @param <R> what the visit returns ({@code Void} and {@code null} for none)
 */
public interface NodeVisitor<R> {
  /**
   * Visits a group node.
   *
   * @param node the node, never null
   * @return what the visitor makes of it
   */
  R group(GroupNode node);

  /**
   * Visits a model node.
   *
   * @param node the node, never null
   * @return what the visitor makes of it
   */
  R model(ModelNode node);

  /**
   * Visits a light node.
   *
   * @param node the node, never null
   * @return what the visitor makes of it
   */
  R light(LightNode node);

  /**
   * Visits an anchor node.
   *
   * @param node the node, never null
   * @return what the visitor makes of it
   */
  R anchor(AnchorNode node);
}
