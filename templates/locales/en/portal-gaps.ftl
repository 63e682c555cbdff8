portal-gaps-form-heading = What the application form asks
portal-gaps-form-intro = You can prepare your answers and files before you start. Questions are listed section by section, as the form shows them.
portal-gaps-form-none = This call's application form has no questions yet.
portal-gaps-required = Required
portal-gaps-optional = Optional
portal-gaps-choices = Choose from:
